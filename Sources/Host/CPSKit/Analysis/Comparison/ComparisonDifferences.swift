import CorporateParenting

/// The sentences that make a comparison's differences stand out: what some strategies have and others lack.
struct ComparisonDifferences {
    let comparison: Comparison
    let framework: OutcomeFramework

    init(_ comparison: Comparison, framework: OutcomeFramework) {
        self.comparison = comparison
        self.framework = framework
    }

    var names: [String] { comparison.authorities.map(\.shortName) }

    /// "Sefton", "Sefton and Lancashire", "Sefton, Lancashire and Leicestershire".
    func list(_ indices: [Int]) -> String {
        let chosen = indices.map { names[$0] }
        guard chosen.count > 1 else { return chosen.first ?? "" }
        return chosen.dropLast().joined(separator: ", ") + " and " + chosen.last!
    }

    /// A sentence about the authorities for which `test` holds, when some but not all do.
    func some(_ test: (Int) -> Bool, _ predicate: String) -> String? {
        let indices = comparison.authorities.indices.filter(test)
        guard !indices.isEmpty, indices.count < comparison.authorities.count || comparison.authorities.count == 1 else { return nil }
        return "\(list(indices)) \(indices.count == 1 ? predicate : predicate.pluralVerb)."
    }

    var sentences: [String] {
        var sentences: [String] = []
        let all = comparison.authorities.indices
        let ended = comparison.periods.map { $0.ended == true }
        sentences += [some({ ended[$0] }, "has a strategy whose period has ended")].compactMap { $0 }
        sentences += [some({ comparison.periods[$0].period.end == nil }, "does not state when its strategy ends")].compactMap { $0 }
        for row in comparison.principles {
            if let sentence = some({ row.values[$0] == 0 }, "has no priority serving principle \(row.key) (\(row.title.lowercased()))") {
                sentences.append(sentence)
            }
        }
        for row in comparison.prioritiesByDomain {
            if let sentence = some({ row.values[$0].isEmpty }, "has no priority in the \(row.title.lowercased()) domain") {
                sentences.append(sentence)
            }
        }
        sentences += [
            some({ comparison.boards[$0] == nil }, "describes no corporate parenting board"),
            some({ comparison.boards[$0] != nil && comparison.boards[$0]?.chair == nil && comparison.boards[$0]?.coChairs.isEmpty == true }, "does not say who chairs its board"),
            some({ comparison.boards[$0] != nil && comparison.boards[$0]?.meetingFrequency == nil }, "does not say how often its board meets"),
            some({ comparison.boards[$0]?.youngPeopleCoChair == true }, "has a young person co-chairing its board"),
            some({ comparison.boards[$0]?.youngPeopleOnBoard == true }, "has young people on its board"),
            some({ comparison.participation[$0].isEmpty }, "names no youth participation group"),
            some({ comparison.pledges[$0].contains { $0.promises > 0 } }, "sets out the promises of a pledge"),
            some({ comparison.workingGroups[$0].isEmpty }, "names no working groups"),
            some({ comparison.targets[$0].isEmpty }, "sets no targets"),
            some({ comparison.measures.perAuthority[$0].isEmpty }, "tracks none of the standard measures"),
        ].compactMap { $0 }
        for only in comparison.measures.onlyOne {
            let title = framework.measure(only.measure)?.title.lowercased() ?? only.measure.rawValue
            if let index = all.first(where: { comparison.authorities[$0].id == only.authority }) {
                sentences.append("Only \(names[index]) tracks \(title) (\(only.measure.rawValue)).")
            }
        }
        return sentences
    }
}

extension String {
    /// "has ..." -> "have ...", "does not ..." -> "do not ...", "describes ..." -> "describe ...".
    var pluralVerb: String {
        let words = split(separator: " ", maxSplits: 1).map(String.init)
        guard let verb = words.first else { return self }
        let plural: String
        switch verb {
        case "has": plural = "have"
        case "does": plural = "do"
        case "is": plural = "are"
        default: plural = verb.hasSuffix("es") && (verb.hasSuffix("shes") || verb.hasSuffix("ches")) ? String(verb.dropLast(2)) : (verb.hasSuffix("s") ? String(verb.dropLast()) : verb)
        }
        return ([plural] + words.dropFirst()).joined(separator: " ")
    }
}
