import CorporateParenting

/// What stands behind one row of a coverage matrix, strategy by strategy: every entry serving a principle, domain
/// or standard measure, with its kind, basis, words and section (`cps coverage --explain`).
public struct CoverageExplanation: Codable, Equatable, Sendable {
    /// What the row is.
    public var dimension: CoverageDimension
    /// The principle's number, domain's id or measure's id.
    public var key: String
    /// Its title.
    public var title: String
    /// One column per strategy, in the order given.
    public var columns: [Column]

    /// Explains the row at `row` of `dimension` for each profile.
    public init(_ profiles: [PackProfile], by dimension: CoverageDimension, row: Int, framework: OutcomeFramework) {
        let keys = CoverageMatrix.keys(dimension, framework: framework)
        let rowOfBit = CoverageMatrix.rowOfBit(CoverageMatrix.bits(dimension, framework: framework))
        let tables = CoverageTables(framework)
        self.dimension = dimension
        key = keys[row].key
        title = keys[row].title
        columns = profiles.map { profile in
            let reader = CoverageReader(profile, tables: tables)
            var builder = CoverageColumnBuilder(rows: 1)
            var sources: [CoverageSource] = []
            for contribution in reader.contributions() {
                CoverageMatrix.visitRows(served: contribution, dimension: dimension, rowOfBit: rowOfBit, count: keys.count) { served, basis in
                    guard served == row else { return }
                    builder.add(contribution.kind, row: 0, basis: basis)
                    sources.append(reader.source(contribution, basis: basis))
                }
            }
            return Column(authority: profile.ref, cell: builder.cell(0), sources: Self.documentOrder(sources), wholeCapture: profile.captureNote == nil)
        }
    }

    /// The place of the row `value` names: with `dimension` given, a principle's number, a domain's id or a measure's
    /// id of that dimension; without it, a principle's number, else a domain's id, else a standard measure's id
    /// (ids in any case). `nil` when it names none.
    public static func locate(_ value: String, in dimension: CoverageDimension?, framework: OutcomeFramework) -> (dimension: CoverageDimension, row: Int)? {
        let wanted = String(value.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()).lowercased()
        for candidate in dimension.map({ [$0] }) ?? CoverageDimension.allCases {
            if let row = CoverageMatrix.keys(candidate, framework: framework).firstIndex(where: { $0.key.lowercased() == wanted }) {
                return (candidate, row)
            }
        }
        return nil
    }

    /// The keys `value` could have meant, for a suggestion: the rows' keys of `dimension`, or of every dimension.
    public static func candidates(in dimension: CoverageDimension?, framework: OutcomeFramework) -> [String] {
        (dimension.map { [$0] } ?? CoverageDimension.allCases).flatMap { CoverageMatrix.keys($0, framework: framework).map(\.key) }
    }

    /// Sources in the order the pack holds them (by JSON path, its indices compared as numbers), so a reader can
    /// follow the document.
    static func documentOrder(_ sources: [CoverageSource]) -> [CoverageSource] {
        let keyed = sources.map { (pathKey($0.path), $0) }
        return keyed.enumerated().sorted { lhs, rhs in
            lhs.element.0 == rhs.element.0 ? lhs.offset < rhs.offset : lhs.element.0.lexicographicallyPrecedes(rhs.element.0)
        }.map(\.element.1)
    }

    /// A path's indices in order ("sections[2].content[10].action" gives [2, 10]); "actionPlans" paths, which the
    /// pack holds after its sections, start with a larger first index.
    static func pathKey(_ path: String) -> [Int] {
        var key: [Int] = path.hasPrefix("actionPlans") ? [Int.max] : []
        var number: Int?
        for character in path {
            if let digit = character.wholeNumberValue, character.isASCII {
                number = (number ?? 0) &* 10 &+ digit
            } else if let value = number {
                key.append(value)
                number = nil
            }
        }
        if let number { key.append(number) }
        return key
    }
}
