import CorporateParenting
import CPSEngine

extension ComparisonView {
    /// Each difference as one sentence: "Sefton and Lancashire have young people on their board."
    var differenceSentences: [String] {
        let names = Dictionary(comparison.authorities.map { ($0.id, $0.shortName) }, uniquingKeysWith: { first, _ in first })
        return comparison.differences.map { difference in
            let who = difference.authorities.map { names[$0] ?? $0 }
            if difference.kind == .onlyOneMonitors {
                return "Only \(who.joined(separator: ", ")) monitors \((difference.subjectTitle ?? "").lowercased()) (\(difference.subject ?? ""))."
            }
            let predicate = Self.predicate(difference)
            return "\(Self.list(who)) \(who.count == 1 ? predicate : predicate.pluralVerb)."
        }
    }

    /// What the difference says of one strategy, after its name.
    static func predicate(_ difference: ComparisonDifference) -> String {
        let title = (difference.subjectTitle ?? "").lowercased()
        switch difference.kind {
        case .periodEnded: return "has a strategy whose period has ended"
        case .periodEndNotStated: return "does not state when its strategy ends"
        case .principleWithoutItem: return "has no item serving principle \(difference.subject ?? "") (\(title))"
        case .domainWithoutItem: return "has no item in the \(title) domain"
        case .noBoard: return "describes no corporate parenting board"
        case .boardNotInPlace: return "gives its board as planned, proposed or unresolved, not in place"
        case .boardChairNotStated: return "does not say who chairs its board"
        case .boardChairNotInPlace: return "names its board's chair only as planned, proposed or unresolved"
        case .boardMeetingsNotStated: return "does not say how often its board meets"
        case .youngPersonCoChairsBoard: return "has a young person co-chairing its board"
        case .youngPeopleOnBoard: return "has young people on its board"
        case .youngPeopleOnBoardNotInPlace: return "gives young people on its board only as planned, proposed or unresolved"
        case .noYouthGroup: return "names no youth participation group"
        case .youthGroupsNotInPlace: return "names youth participation groups only as planned, proposed or unresolved"
        case .pledgePromises: return "sets out the promises of a pledge"
        case .noWorkingGroups: return "names no working groups"
        case .noTargets: return "sets no targets"
        case .noStandardMeasures: return "monitors none of the standard measures"
        case .onlyOneMonitors: return "monitors \(title) (\(difference.subject ?? ""))"
        }
    }

    /// "Sefton", "Sefton and Lancashire", "Sefton, Lancashire and Leicestershire".
    static func list(_ names: [String]) -> String {
        guard let last = names.last, names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " and " + last
    }
}

extension String {
    /// "has ..." -> "have ...", "does not ..." -> "do not ...", "describes ..." -> "describe ...", and "its" ->
    /// "their".
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
        let rest = words.dropFirst().flatMap { $0.split(separator: " ").map { $0 == "its" ? "their" : String($0) } }
        return ([plural] + rest).joined(separator: " ")
    }
}
