import CorporateParenting
import CPSEngine

/// What `cps compare` shows: strategies side by side, section by section, with what stands out first.
public struct ComparisonView: Renderable {
    /// The comparison.
    public var comparison: Comparison
    /// The framework, for the figures' units and polarity; without it figures are shown without them.
    public var framework: OutcomeFramework? = nil

    /// Encodes as the comparison.
    public func encode(to encoder: any Encoder) throws { try comparison.encode(to: encoder) }

    var columns: [String] { comparison.authorities.map(\.shortName) }

    /// The sections, one table each.
    public func document() -> Document {
        var blocks: [Block] = [.heading("What stands out", level: 1)]
        blocks.append(comparison.differences.isEmpty ? .paragraph("The strategies hold the same kinds of thing.") : .list(differenceSentences))
        for (title, table) in sections {
            blocks += [.heading(title, level: 1), .table(table)]
        }
        let names = comparison.authorities.map(\.shortName).joined(separator: ", ")
        return Document(title: "Comparison: \(names)", blocks: blocks, csvTable: longTable)
    }

    func table(_ rows: [[String]]) -> Table {
        // Every column may wrap: the row headings and most cells are prose, and a cell listing ids puts one a line.
        Table(columns: [""] + columns, rows: rows, rowHeaders: true, kinds: Array(repeating: .prose, count: columns.count + 1))
    }

    var sections: [(String, Table)] {
        [
            ("Period and currency", periodTable),
            ("Items by domain (priorities, outcomes, themes, pledges and the items under them)", table(comparison.prioritiesByDomain.map { row in
                [row.title] + row.values.map { $0.isEmpty ? Absent.none : $0.joined(separator: "\n") }
            })),
            ("Principles covered (items serving each)", table(comparison.principles.map { row in
                ["\(row.key). \(row.title)"] + row.values.map { $0 == 0 ? Absent.none : String($0) }
            })),
            ("Pledges and promises", table([["Pledges"] + comparison.pledges.map { pledges in
                pledges.isEmpty ? Absent.none : pledges.map { "\($0.title) (\($0.promises == 0 ? "named only" : $0.promises == 1 ? "1 promise" : "\($0.promises) promises"))" }.joined(separator: "\n")
            }])),
            ("Working groups and their chairs", table([["Groups"] + comparison.workingGroups.map { groups in
                groups.isEmpty ? Absent.none : groups.map { group in
                    let status = group.status == .inPlace ? "" : ", \(group.status.analysisWords)"
                    return "\(group.name) (chair: \(group.chair ?? Absent.notStated)\(status))"
                }.joined(separator: "\n")
            }])),
            ("The board", boardTable),
            ("Youth participation", table([["Groups"] + comparison.participation.map { groups in
                groups.isEmpty ? Absent.none : groups.map { group in
                    let status = group.status == .inPlace ? "" : "; \(group.status.analysisWords)"
                    return "\(group.name) (ages \(group.ageRange?.description ?? Absent.notStated); meets \(group.meetingFrequency ?? Absent.notStated)\(status))"
                }.joined(separator: "\n")
            }])),
            ("Measures", measuresTable),
            ("Targets set", table([["Targets"] + comparison.targets.map { targets in
                targets.isEmpty ? Absent.none : targets.map { "\($0.measure): \($0.target.display)" }.joined(separator: "\n")
            }])),
        ] + [
            figuresTable.map { ("Published figures (DfE)", $0) },
            similarityTable(comparison.textSimilarity).map { ("Similarity by what they say (text)", $0) },
            similarityTable(comparison.similarity).map { ("Similarity by framework tags", $0) },
        ].compactMap { $0 }
    }

    var periodTable: Table {
        table([
            ["Period"] + comparison.periods.map { $0.period.display },
            ["Review date"] + comparison.periods.map { $0.reviewDate?.description ?? Absent.notStated },
            ["Status"] + comparison.periods.map { $0.status ?? Absent.notStated },
            ["Current on \(comparison.asOf)"] + comparison.periods.map { facts in
                switch facts.ended {
                case true?: "no: ended \(facts.period.end!)"
                case false?: facts.reviewPassed == true ? "yes, but its review date has passed" : "yes"
                case nil: Absent.notStated
                }
            },
        ])
    }

    var boardTable: Table {
        let boards = comparison.boards
        func row(_ label: String, _ value: (BoardFacts) -> String) -> [String] {
            [label] + boards.map { $0.map(value) ?? Absent.none }
        }
        /// "yes" in place, else the status the document gives ("planned"), else "not stated".
        func stated(_ status: FactStatus?) -> String {
            status.map { $0 == .inPlace ? "yes" : $0.analysisWords } ?? Absent.notStated
        }
        return table([
            row("Name") { $0.name },
            row("Status") { $0.status.analysisWords },
            row("Chair") { board in
                board.chair ?? (board.coChairs.isEmpty
                    ? (board.chairsNotInPlace.isEmpty ? Absent.notStated : board.chairsNotInPlace.joined(separator: "\n"))
                    : "co-chaired")
            },
            row("Co-chairs") { $0.coChairs.isEmpty ? "no co-chairs named" : $0.coChairs.joined(separator: "\n") },
            row("Meets") { $0.meetingFrequency ?? Absent.notStated },
            row("Meetings a year") { $0.meetingsPerYear.map(String.init) ?? Absent.notStated },
            row("Young people on it") { stated($0.youngPeopleStatus) },
            row("Young person co-chairs") { stated($0.youngPersonChairStatus) },
        ])
    }

    var measuresTable: Table {
        let facts = comparison.measures
        let common = facts.inCommon.map(\.rawValue).joined(separator: "\n")
        return table([
            ["Monitored metrics in all"] + facts.totals.map(String.init),
            ["Standard measures monitored"] + facts.perAuthority.map { $0.isEmpty ? Absent.none : $0.map(\.rawValue).joined(separator: "\n") },
            ["Monitored by all"] + comparison.authorities.map { _ in common.isEmpty ? Absent.none : common },
            ["Monitored by this council only"] + comparison.authorities.map { authority in
                let only = facts.onlyOne.filter { $0.authority == authority.id }.map(\.measure.rawValue)
                return only.isEmpty ? Absent.none : only.joined(separator: "\n")
            },
        ])
    }

    var longTable: Table {
        Table(
            columns: ["section", "facet"] + comparison.authorities.map(\.id),
            rows: [["differences", "what stands out", differenceSentences.joined(separator: "\n")] + Array(repeating: "", count: max(0, comparison.authorities.count - 1))]
                + sections.flatMap { title, table in table.rows.map { [title] + $0 } }
        )
    }
}
