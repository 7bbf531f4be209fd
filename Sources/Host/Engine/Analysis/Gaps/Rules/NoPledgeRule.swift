import CorporateParenting

/// A strategy that makes no pledge or promise to children and care leavers.
struct NoPledgeRule: GapRule {
    static let description = CheckDescription(
        id: "no-pledge", name: "No pledge or promise", severity: .info,
        summary: "The strategy sets out a pledge or promise to children and care leavers (an item at the pledge level or an action of kind promise); a pledge it only names, without its promises, is reported as named only.",
        triggering: [
            CheckExample("sections[0].content[0].item.level", #""priority""#,
                         and: CheckExample("sections[0].content[0].item.content[0].action.kind", #""commitment""#)),
            CheckExample("sections[0].content[0].item.level", #""priority""#,
                         and: CheckExample("sections[0].content[0].item.content[0].action.kind", #""commitment""#),
                         CheckExample("sections[1].content[0]", #"{"citation": {"kind": "localPlan", "title": "Our Pledge to Children in Care"}}"#)),
        ],
        nonTriggering: [
            CheckExample("sections[0].content[0].item.level", #""priority""#),
            CheckExample("sections[0].content[0].item.content[0].action.kind", #""commitment""#),
        ]
    )

    /// Words in the title of a cited document that make it a pledge or promise.
    static let words = ["pledge", "promise", "charter"]

    func gaps(in context: GapContext) -> [Gap] {
        let index = context.profile.index
        if index.items.contains(where: { $0.value.level == .pledge }) || index.actions.contains(where: { $0.value.kind == .promise }) {
            return []
        }
        let named = index.citations.map(\.value.title).filter { title in
            let lower = title.lowercased()
            return Self.words.contains { lower.contains($0) }
        }
        return [absent("pledge", named.isEmpty ? .noPledge : .pledgeNamedOnly(names: named), context)]
    }
}
