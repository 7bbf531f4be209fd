import CorporateParenting

/// The sentences that make a comparison's differences stand out: what some strategies have and others lack.
struct ComparisonDifferences {
    let comparison: Comparison
    let names: [String]
    let comparator: Comparator
    /// For each standard measure in the catalogue, the authorities that monitor it.
    let holders: [[Int]]

    init(_ comparison: Comparison, names: [String], comparator: Comparator, holders: [[Int]]) {
        self.comparison = comparison
        self.names = names
        self.comparator = comparator
        self.holders = holders
    }

    /// "Sefton", "Sefton and Lancashire", "Sefton, Lancashire and Leicestershire".
    func list(_ indices: [Int]) -> String {
        let chosen = indices.map { names[$0] }
        guard chosen.count > 1 else { return chosen.first ?? "" }
        return chosen.dropLast().joined(separator: ", ") + " and " + chosen.last!
    }

    /// A sentence about the authorities for which `test` holds, when some but not all do.
    func some(_ test: (Int) -> Bool, _ predicate: String) -> String? {
        let count = names.count
        var first = -1, matches = 0
        for index in 0..<count where test(index) {
            if matches == 0 { first = index }
            matches += 1
        }
        guard matches > 0, matches < count || count == 1 else { return nil }
        if matches == 1 { return "\(names[first]) \(predicate)." }
        return "\(list((0..<count).filter(test))) \(predicate.pluralVerb)."
    }

    var sentences: [String] {
        var sentences: [String] = []
        func add(_ sentence: String?) { if let sentence { sentences.append(sentence) } }
        let periods = comparison.periods, boards = comparison.boards
        add(some({ periods[$0].ended == true }, "has a strategy whose period has ended"))
        add(some({ periods[$0].period.end == nil }, "does not state when its strategy ends"))
        for (index, row) in comparison.principles.enumerated() {
            add(some({ row.values[$0] == 0 }, comparator.principleGaps[index]))
        }
        for (index, row) in comparison.prioritiesByDomain.enumerated() {
            add(some({ row.values[$0].isEmpty }, comparator.domainGaps[index]))
        }
        add(some({ boards[$0] == nil }, "describes no corporate parenting board"))
        add(some({ boards[$0].map { $0.status != .inPlace } ?? false }, "gives its board as planned, proposed or unresolved, not in place"))
        add(some({ boards[$0].map { $0.chair == nil && $0.coChairs.isEmpty && $0.chairsNotInPlace.isEmpty } ?? false }, "does not say who chairs its board"))
        add(some({ boards[$0].map { $0.chair == nil && $0.coChairs.isEmpty && !$0.chairsNotInPlace.isEmpty } ?? false }, "names its board's chair only as planned, proposed or unresolved"))
        add(some({ boards[$0] != nil && boards[$0]?.meetingFrequency == nil }, "does not say how often its board meets"))
        add(some({ boards[$0]?.youngPeopleCoChair == true }, "has a young person co-chairing its board"))
        add(some({ boards[$0]?.youngPeopleOnBoard == true }, "has young people on its board"))
        add(some({ boards[$0].map { $0.youngPeopleStatus != nil && $0.youngPeopleStatus != .inPlace } ?? false }, "gives young people on its board only as planned, proposed or unresolved"))
        add(some({ comparison.participation[$0].isEmpty }, "names no youth participation group"))
        add(some({ !comparison.participation[$0].isEmpty && !comparison.participation[$0].contains { $0.status == .inPlace } }, "names youth participation groups only as planned, proposed or unresolved"))
        add(some({ comparison.pledges[$0].contains { $0.promises > 0 } }, "sets out the promises of a pledge"))
        add(some({ comparison.workingGroups[$0].isEmpty }, "names no working groups"))
        add(some({ comparison.targets[$0].isEmpty }, "sets no targets"))
        add(some({ comparison.measures.perAuthority[$0].isEmpty }, "monitors none of the standard measures"))
        if names.count >= 2 {
            for (index, holders) in holders.enumerated() where holders.count == 1 {
                sentences.append("Only \(names[holders[0]]) monitors \(comparator.measureNames[index]).")
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
