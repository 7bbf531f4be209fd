import CorporateParenting
import CPSEngine

/// What `cps principles` shows: the seven statutory principles.
public struct PrinciplesView: Renderable {
    /// The principles in the Act's order.
    public var principles: [Principle]

    /// Encodes as a JSON array.
    public func encode(to encoder: any Encoder) throws { try principles.encode(to: encoder) }

    /// A table of the principles.
    public func document() -> Document {
        Document(
            title: "Corporate parenting principles (Children and Social Work Act 2017, s.1(1))",
            blocks: [.table(Table(
                columns: ["No.", "Para.", "Principle", "Statutory wording"],
                rows: principles.map { [String($0.number), "(\($0.paragraph))", $0.shortTitle, $0.text] },
                numericColumns: [0],
                kinds: [.token, .token, .prose, .prose]
            ))]
        )
    }
}

/// What `cps domains` shows: the framework's outcome domains and the principles each serves.
public struct DomainsView: Renderable {
    /// The domains.
    public var domains: [Domain]

    /// Encodes as a JSON array.
    public func encode(to encoder: any Encoder) throws { try domains.encode(to: encoder) }

    /// A table of the domains.
    public func document() -> Document {
        Document(
            title: "Outcome domains",
            blocks: [.table(Table(
                columns: ["Id", "Domain", "Principles", "Covers"],
                rows: domains.map { [$0.id.rawValue, $0.title, $0.principles.map(String.init).joined(separator: ", "), $0.summary] },
                kinds: [.token, .prose, .prose, .prose]
            ))]
        )
    }
}

/// What `cps measures` shows: the catalogue of standard measures and where DfE publishes them.
public struct MeasuresView: Renderable {
    /// The catalogue.
    public var measures: [StandardMeasure]

    /// Encodes as a JSON array.
    public func encode(to encoder: any Encoder) throws { try measures.encode(to: encoder) }

    /// A table of the measures.
    public func document() -> Document {
        Document(
            title: "Standard measures (\(measures.count))",
            blocks: [
                .table(Table(
                    columns: ["Id", "Measure", "Unit", "Better", "Domain", "DfE data file"],
                    rows: measures.map { measure in
                        [measure.id.rawValue, measure.title, measure.unit.rawValue, measure.polarity.display,
                         measure.domain.rawValue, measure.dfe?.file ?? "not published by authority"]
                    },
                    kinds: [.token, .prose, .token, .token, .token, .prose]
                )),
                .note("Polarity as DfE's Local Authority Interactive Tool defines it. `cps measures --format json` gives each measure's definition and its DfE filters and value column."),
            ]
        )
    }
}

extension Polarity {
    /// "higher", "lower" or "neither".
    var display: String {
        switch self {
        case .higherIsBetter: "higher"
        case .lowerIsBetter: "lower"
        case .neutral: "neither"
        }
    }
}
