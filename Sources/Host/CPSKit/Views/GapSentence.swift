import CorporateParenting
import CPSEngine

/// Words a ``Gap`` as the one sentence `cps gaps` and the report show.
///
/// A finding of an absence in a pack that does not capture the whole document (``Gap/notCaptured``) says "not
/// captured" or "it may be in what is not captured" rather than that the document does not say it.
enum GapSentence {
    /// How many entries a summarising sentence names before "and N more".
    static let named = 5

    /// The sentence.
    static func message(_ gap: Gap) -> String {
        let partial = gap.notCaptured
        // Why the pack is partial is in `notCaptured` and said once by partial-capture, so it is not repeated here.
        /// "The document does not say X." or "Not captured: X."
        func notSaid(_ what: String) -> String {
            partial == nil ? "The document does not say \(what)." : "Not captured: \(what)."
        }
        /// The sentence, qualified where it may be in what is not captured.
        func none(_ sentence: String) -> String {
            partial == nil ? sentence + "." : sentence + "; it may be in what the pack does not capture."
        }
        switch gap.finding {
        case let .principleUnserved(number, text):
            return none("Nothing in the strategy serves principle \(number), \"\(text)\": no item, action, pledge, metric it monitors or body is mapped to it")
        case let .domainUnserved(_, title, quoted):
            return none("Nothing in the strategy serves the \(title.lowercased()) domain\(asContext(quoted))")
        case let .domainWithoutMeasure(_, title, quoted):
            return none("No metric the strategy monitors evidences the \(title.lowercased()) domain\(asContext(quoted)), though other parts of the strategy serve it")
        case let .itemsWithoutMeasure(items, total):
            return none(itemsSentence(items, of: total))
        case let .metricsWithoutTarget(metrics, total):
            let cut = metrics.filter(\.cutOff).count
            let cutNote = cut == 0 ? "" : "; the capture cuts off \(count(cut, "of them", "of them")), so a target or baseline may not be captured"
            let which = share(metrics.count, of: total, "metric the strategy monitors", "metrics the strategy monitors")
            return none("\(which) neither a target nor a baseline: \(list(metrics.map { "\"\($0.title)\"" }))\(cutNote)")
        case let .actionsWithoutOwnerOrTimescale(withoutOwner, withoutTimescale, total, examples):
            let owner = "\(withoutOwner) \(withoutOwner == 1 ? "names" : "name") no owner"
            let time = "\(withoutTimescale) \(withoutTimescale == 1 ? "gives" : "give") no timeline or due date"
            return none("Of the \(count(total, "commitment, action or improvement", "commitments, actions and improvements")) the strategy commits to, \(owner) and \(time), such as \(examples.map { "\"\(shortened($0))\"" }.joined(separator: "; "))")
        case .periodStartNotStated:
            return notSaid("when the strategy starts")
        case .periodEndNotStated:
            return notSaid("when the strategy ends")
        case let .periodEnded(end, asOf):
            return "The strategy's period ended in \(end), before \(asOf)."
        case let .reviewDatePassed(review, asOf):
            return "The strategy was due for review in \(review), before \(asOf)."
        case .noReviewDate:
            return notSaid("when the strategy will be reviewed")
        case .noPledge:
            return none("No pledge or promise to children and care leavers is stated")
        case let .pledgeNamedOnly(names):
            return none("The document names \(list(names.map { "\"\($0)\"" })) but does not set out \(names.count == 1 ? "its" : "their") promises")
        case .noLocalOffer:
            return none("The care leavers' local offer is not stated: nothing in the document names it")
        case .noBoard:
            return none("The document describes no corporate parenting board")
        case let .boardNotInPlace(board, status):
            return "The document gives the \(board) as \(PackText.name(status)), not in place."
        case let .chairNotStated(board):
            return notSaid("who chairs the \(board)")
        case let .chairNotInPlace(board, chairs):
            return "The document names who chairs the \(board) only as not in place: \(statuses(chairs))."
        case let .meetingsNotStated(board):
            return notSaid("how often the \(board) meets")
        case let .youngPeopleNotStated(board):
            return notSaid("whether young people sit on the \(board)")
        case let .youngPeopleNotInPlace(board, status):
            return "Young people on the \(board) are \(PackText.name(status)), not in place."
        case .noYouthGroup:
            return none("The document names no youth participation group")
        case let .youthGroupsNotInPlace(groups):
            return "The document names youth participation groups only as not in place: \(statuses(groups))."
        case let .agesNotStated(groups):
            return notSaid("the ages \(list(groups.map { "\"\($0)\"" })) \(groups.count == 1 ? "covers" : "cover")")
        case let .bodyUnresolved(body):
            return "The document leaves the \(body) unresolved."
        case let .rolesUnresolved(body, roles):
            let named = roles.map { "\(PackText.name($0.title).lowercased()) (\($0.holder))" }.joined(separator: "; ")
            return "The document gives \(roles.count == 1 ? "this role" : "these roles") of the \(body) as unresolved: \(named)."
        case let .governanceContradicted(topic):
            return "The document contradicts itself about its governance: \(topic.lowercasingFirst())."
        case let .inconsistency(topic):
            return "The document contradicts itself: \(topic.lowercasingFirst())."
        case let .partialCapture(capture):
            let why = note(capture)
            return "\(why.prefix(1).uppercased() + why.dropFirst()), so anything these gaps find absent may be in what is not captured."
        }
    }

    /// "the pack captures part of the document", "the pack does not wholly capture the sections "A", "B" and 2 more".
    static func note(_ capture: PartialCapture) -> String {
        guard capture.document == .whole else { return "the pack captures \(PackText.captured(capture.document))" }
        let headings = capture.sections.map { "\"\($0)\"" }
        return "the pack does not wholly capture \(headings.count == 1 ? "the section" : "the sections") \(list(headings, naming: 3))"
    }

    /// " (it quotes 2 figures in it as context only)", or nothing.
    static func asContext(_ quoted: Int) -> String {
        quoted == 0 ? "" : " (it quotes \(quoted == 1 ? "a figure" : "\(quoted) figures") in it as context only)"
    }

    /// "3 of the strategy's 5 items have no metric the strategy monitors: Objective "Voice", ..." with what the
    /// items name instead and where the capture cuts them off.
    static func itemsSentence(_ items: [GapFinding.ItemNote], of total: Int) -> String {
        let names = items.map { "\($0.label ?? PackText.name($0.level).prefix(1).uppercased() + PackText.name($0.level).dropFirst()) \"\($0.title)\"" }
        var sentence = "\(share(items.count, of: total, "item", "items")) no metric the strategy monitors: \(list(names))"
        let other = items.filter { $0.otherEvidence > 0 }.count
        if other > 0 {
            sentence += other == items.count && items.count == 1
                ? ", though it names \(items[0].otherEvidence) other evidence of success (deliverables, statements or standards)"
                : ", though \(other) of them \(other == 1 ? "names" : "name") other evidence of success (deliverables, statements or standards)"
        }
        let cut = items.filter(\.cutOff).count
        if cut > 0 { sentence += "; the capture cuts off \(cut) of them, so a metric may not be captured" }
        return sentence
    }

    /// The text cut at a word to at most about 60 characters, with "..." where it is cut.
    static func shortened(_ text: String) -> String {
        guard text.count > 60 else { return text }
        let cut = text.prefix(60)
        var word = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        while let last = word.last, last == "," || last == ";" || last == ":" || last == "." { word = word.dropLast() }
        return word + "..."
    }

    /// "A", "A and B", "A, B and C", "A, B, C, D, E and 3 more".
    static func list(_ names: [String], naming limit: Int = named) -> String {
        let shown = Array(names.prefix(limit))
        let rest = names.count - shown.count
        if rest > 0 { return shown.joined(separator: ", ") + " and \(rest) more" }
        guard shown.count > 1 else { return shown.first ?? "" }
        return shown.dropLast().joined(separator: ", ") + " and " + shown[shown.count - 1]
    }

    /// "Lead Member (planned); Voices (proposed)".
    static func statuses(_ notes: [GapFinding.StatusNote]) -> String {
        notes.map { "\($0.name) (\(PackText.name($0.status)))" }.joined(separator: "; ")
    }

    /// "3 of the 5 items have", "All 5 items have", "The only item has": how many of all, with the verb.
    static func share(_ part: Int, of total: Int, _ singular: String, _ plural: String) -> String {
        if part == total { return total == 1 ? "The only \(singular) has" : "All \(total) \(plural) have" }
        return "\(part) of the \(total) \(plural) \(part == 1 ? "has" : "have")"
    }

    /// "1 metric", "3 metrics".
    static func count(_ number: Int, _ singular: String, _ plural: String) -> String {
        "\(number) \(number == 1 ? singular : plural)"
    }
}
