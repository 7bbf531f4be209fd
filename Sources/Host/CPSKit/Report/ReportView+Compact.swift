import CorporateParenting
import CPSEngine

/// The compact layout's parts: a row per strategy, whatever the number of strategies.
extension ReportView {
    /// A coverage matrix turned so that strategies are rows and principles or domains columns.
    func compactCoverage(_ matrix: CoverageMatrix) -> [Block] {
        let labels = matrix.rows.map { matrix.dimension == .principle ? "\($0.key). \($0.title)" : $0.title }
        let table = Table(
            columns: ["Strategy"] + labels,
            rows: matrix.authorities.indices.map { column in [matrix.authorities[column].label] + matrix.rows.map { $0.cells[column].letters } },
            rowHeaders: true
        )
        return [.table(table), .note("Each cell: the kinds of entry that cover it, never how many. " + CoverageKind.legend + " * marks a kind only the encoder judged. `cps coverage --by \(matrix.dimension.rawValue) --format csv` gives each cell's level one per line.")]
    }

    /// For each row of a coverage matrix, how many strategies cover it.
    static func covering(_ matrix: CoverageMatrix) -> [Int] {
        matrix.rows.map { $0.cells.filter { !$0.isEmpty }.count }
    }

    /// For each standard measure, how many strategies monitor it and how many set it a target.
    var measureSummary: [Block] {
        let matrix = report.coverageByMeasure
        let count = matrix.authorities.count
        let table = Table(
            columns: ["Standard measure", "Strategies monitoring it", "Of which with a target or baseline", "Metrics bound to it"],
            rows: matrix.rows.map { row in
                let monitoring = row.cells.filter { $0.metrics > 0 }.count
                return [row.title, "\(monitoring) of \(count)", String(row.cells.filter { $0.metricsWithTarget > 0 }.count), String(row.cells.reduce(0) { $0 + $1.metrics })]
            },
            numericColumns: [1, 2, 3],
            rowHeaders: true
        )
        return [.table(table), .note("`cps coverage --by measure --format csv` gives each strategy's measures and targets for each standard measure.")]
    }

    /// A row of key facts per strategy, and how many strategies share each fact that stands out.
    var keyFacts: [Block] {
        guard let comparison = report.comparison else { return [] }
        let rows = comparison.authorities.indices.map { index -> [String] in
            let period = comparison.periods[index]
            let board = comparison.boards[index]
            return [
                comparison.authorities[index].label, period.period.display,
                period.ended.map { $0 ? "yes" : "no" } ?? Absent.notStated,
                board.map { board in
                    board.chair ?? (board.coChairs.isEmpty
                        ? (board.chairsNotInPlace.isEmpty ? Absent.notStated : board.chairsNotInPlace.joined(separator: "; "))
                        : board.coChairs.joined(separator: "; "))
                } ?? "no board",
                board.map { $0.meetingFrequency ?? Absent.notStated } ?? "",
                board.map { $0.youngPeopleStatus.map { $0 == .inPlace ? "yes" : $0.analysisWords } ?? Absent.notStated } ?? "",
                String(comparison.participation[index].count), String(comparison.workingGroups[index].count),
                String(comparison.pledges[index].reduce(0) { $0 + $1.promises }),
                String(comparison.measures.perAuthority[index].count), String(comparison.targets[index].count),
            ]
        }
        let table = Table(
            columns: ["Strategy", "Period", "Ended", "Board chair", "Board meets", "Young people on the board", "Youth groups", "Working groups", "Promises", "Standard measures", "Targets"],
            rows: rows, numericColumns: [6, 7, 8, 9, 10], rowHeaders: true
        )
        let count = comparison.authorities.count
        func share(_ test: (Int) -> Bool, _ text: String) -> String {
            "\(comparison.authorities.indices.filter(test).count) of \(count) \(text)."
        }
        let standsOut = [
            share({ comparison.periods[$0].ended == true }, "strategies' periods have ended on \(comparison.asOf)"),
            share({ comparison.periods[$0].period.end == nil }, "do not state when the strategy ends"),
            share({ comparison.boards[$0] == nil }, "describe no corporate parenting board"),
            share({ comparison.boards[$0].map { $0.chair == nil && $0.coChairs.isEmpty } ?? false }, "do not say who chairs the board"),
            share({ comparison.boards[$0]?.youngPeopleOnBoard == true }, "have young people on the board"),
            share({ comparison.participation[$0].isEmpty }, "name no youth participation group"),
            share({ comparison.targets[$0].isEmpty }, "set no targets"),
            share({ comparison.measures.perAuthority[$0].isEmpty }, "monitor none of the standard measures"),
        ]
        return [.list(standsOut), .table(table), .note("`cps compare <id> <id>` sets any strategies side by side in full.")]
    }

    /// How many strategies each gap rule finds something in, and each strategy's gaps by severity.
    var gapsSummary: [Block] {
        var rules: [String] = []
        var bySeverity: [String: Severity] = [:], strategies: [String: Int] = [:], findings: [String: Int] = [:]
        for view in report.gaps {
            var seen: Set<String> = []
            for gap in view.gaps {
                if bySeverity[gap.rule] == nil { rules.append(gap.rule); bySeverity[gap.rule] = gap.severity }
                findings[gap.rule, default: 0] += 1
                if seen.insert(gap.rule).inserted { strategies[gap.rule, default: 0] += 1 }
            }
        }
        let count = report.gaps.count
        let byRule = Table(
            columns: ["Rule", "Severity", "Strategies", "Findings"],
            rows: rules.map { [$0, bySeverity[$0]?.rawValue ?? "", "\(strategies[$0] ?? 0) of \(count)", String(findings[$0] ?? 0)] },
            numericColumns: [2, 3], rowHeaders: true
        )
        let byStrategy = Table(
            columns: ["Strategy", "Errors", "Warnings", "Info", "Rules"],
            rows: report.gaps.map { view in
                [view.authority.label] + [Severity.error, .warning, .info].map { severity in String(view.gaps.filter { $0.severity == severity }.count) }
                    + [view.gaps.map(\.rule).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }.joined(separator: ", ")]
            },
            numericColumns: [1, 2, 3], rowHeaders: true
        )
        return [.table(byRule), .table(byStrategy), .note("`cps gaps <id>` lists each finding with its sentence; `cps gaps --help` lists the rules.")]
    }

    /// Each strategy's three nearest by what they say.
    var nearestTable: [Block] {
        let matrix = report.textSimilarity
        let table = Table(
            columns: ["Strategy", "Nearest", "Second", "Third"],
            rows: matrix.authorities.indices.map { row in
                [matrix.authorities[row].label] + matrix.nearest(row: row, count: 3).map { "\(matrix.authorities[$0.row].label) (\(SimilarityView.format($0.score)))" }
            },
            rowHeaders: true
        )
        return [.table(table), .note(SimilarityView.textMethod + " `cps similarity <id>` ranks every strategy against one, by text and by tags.")]
    }

    /// A row per council: how many of its figures are worse than England's or its neighbours' mean, how many of
    /// those nothing in its strategy addresses, what it monitors, and whether its strategy ended before the figures.
    var saysAndDoesSummary: [Block] {
        let table = Table(
            columns: ["Council", "Figures worse than England or neighbours", "Of which nothing addresses", "Standard measures monitored, with DfE figures", "Note"],
            rows: report.saysAndDoes.map { council in
                guard let reason = council.noFigures else {
                    return [council.authority.label, String(council.figures.count), String(council.figures.filter { $0.addressedBy.how == .nothing }.count),
                            String(council.commitments.count), SaysAndDoesView.endedNote(council) ?? ""]
                }
                return [council.authority.label, "", "", "", SaysAndDoesView.noFigures(reason)]
            },
            numericColumns: [1, 2, 3], rowHeaders: true
        )
        return [.table(table), .note("`cps says-does <id>` gives each figure with the metric, target or action that addresses it, or says that nothing does.")]
    }
}
