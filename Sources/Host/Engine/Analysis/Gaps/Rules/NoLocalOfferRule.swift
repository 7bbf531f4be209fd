import CorporateParenting

/// A strategy that never mentions the care leavers' local offer.
struct NoLocalOfferRule: GapRule {
    static let description = CheckDescription(
        id: "no-local-offer", name: "No care leavers' local offer", severity: .warning,
        summary: "The strategy mentions the care leavers' local offer the council must publish (section 2 of the Children and Social Work Act 2017): an item of the offer, or any text or cited title that names a local offer.",
        triggering: [CheckExample("sections[1].content[0].narrative.kind", #""provision""#)],
        nonTriggering: [
            CheckExample("sections[1].content[0]", #"{"citation": {"kind": "localPlan", "title": "Our Local Offer for Care Leavers"}}"#),
            CheckExample("sections[1].content[0]", #"{"narrative": {"kind": "context", "text": "Our local offer sets out what care leavers can expect."}}"#),
        ]
    )

    /// The phrase searched for, lower-case.
    static let phrase = Array("local offer".utf8)

    func gaps(in context: GapContext) -> [Gap] {
        let index = context.profile.index
        if index.narratives.contains(where: { $0.value.kind == .offer }) { return [] }
        let mentions = PackTexts.all(in: context.profile.pack).contains { text in
            Array(text.text.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }).containsBytes(Self.phrase)
        }
        return mentions ? [] : [absent("localOffer", .noLocalOffer, context)]
    }
}
