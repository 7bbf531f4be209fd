import CorporateParenting

/// Actions the strategy commits to without saying who will do them or by when: one finding per strategy, so a
/// longer document does not look worse merely by being longer.
struct ActionWithoutOwnerRule: GapRule {
    static let description = CheckDescription(
        id: "action-without-owner", name: "Actions without owner or timescale", severity: .info,
        summary: "The commitments, actions and improvements the strategy commits to each name an owner and a timescale (a timeline or a due date); promises and statements of practice are not asked. One finding per strategy counts them, with examples.",
        triggering: [CheckExample("sections[0].content[0].item.content[1].action.owner", "null"),
                     CheckExample("sections[0].content[0].item.content[1].action.timeline", "null")],
        nonTriggering: [CheckExample("sections[0].content[0].item.content[1].action.timeline", "null",
                                     and: CheckExample("sections[0].content[0].item.content[1].action.due", #""2025-03""#)),
                        CheckExample("sections[0].content[0].item.content[1].action.kind", #""practice""#,
                                     and: CheckExample("sections[0].content[0].item.content[1].action.owner", "null"))]
    )

    /// The kinds of action asked for an owner and a timescale.
    static let kinds: Set<ActionKind> = [.commitment, .action, .improvement]

    /// How many examples a finding quotes.
    static let examples = 3

    func gaps(in context: GapContext) -> [Gap] {
        let actions = context.profile.index.actions.map(\.value).filter { Self.kinds.contains($0.kind) }
        func blank(_ text: String?) -> Bool { text.map { $0.allSatisfy(\.isWhitespace) } ?? true }
        let withoutOwner = actions.filter { blank($0.owner) }
        let withoutTimescale = actions.filter { blank($0.timeline) && $0.due == nil }
        let either = actions.filter { blank($0.owner) || (blank($0.timeline) && $0.due == nil) }
        guard !either.isEmpty else { return [] }
        return [absent("actions", .actionsWithoutOwnerOrTimescale(withoutOwner: withoutOwner.count, withoutTimescale: withoutTimescale.count,
                                                                  of: actions.count, examples: either.prefix(Self.examples).map(\.text)), context)]
    }
}
