import CorporateParenting

extension Middlesbrough {
    /// "Section 1": the priorities as Section 1 words them, the national and local pictures, children's voice and
    /// how corporate parenting works.
    @PackContent static var section1: [Entry] {
        Section("Section 1", line: 118) {
            ourPriorities
            nationalPicture
            localPicture
            voiceAndInfluence
            howCorporateParentingWorks
        }
    }

    /// "Our Priorities For Looked After Children and Care Leavers": the stated count ("seven key priorities") and
    /// the seven priorities in Section 1's words. Each wording is also an alternate title of its priority in
    /// Section 2 (one priority, not a contradiction); they are kept here too so the section reads as printed.
    @PackContent static var ourPriorities: [Entry] {
        Section("Our Priorities For Looked After Children and Care Leavers", id: "our-priorities", line: 120) {
            // Whom the strategy is for, from the heading (no ages and no count printed).
            StrategyScope(groups: ["Looked After Children", "Care Leavers"])
            // Who only: how and how many are not printed.
            Coproduction("These priorities are informed by what our Looked after Children and young people say is important to them.",
                         who: "our Looked after Children and young people", mappings: [voiceMapping])
            Context("We have identified seven key priorities which are at the heart of this strategy this includes:")
            for wording in sectionOneWordings { Context(wording) }
        }
    }

    /// The seven priorities as Section 1 words them (lines 124-130), in order.
    static let sectionOneWordings = [
        "Our children and young people are respected and involved in decision making",
        "Placements for looked after children and young people are safe and meet their individual needs",
        "Children and young people are supported to develop positive relationships that promote their identity",
        "Our children and young people will be supported to improve their physical and emotional health and wellbeing",
        "Our children and young people are encouraged and supported to reach potential through education, employment and training",
        "Our young people are supported to move on into adult life where they can contribute and feel valued",
        "Improve the role of the corporate parent role to ensure we are held accountable for delivery of good services that support children and young people to achieve best outcomes.",
    ]

    /// Priority `number`'s wording in Section 1, as an alternate title.
    static func sectionOneWording(_ number: Int) -> Wording {
        Wording(sectionOneWordings[number - 1], in: "our-priorities")
    }

    /// Children's and young people's voice and participation: principles 2 and 3, the voice domain (the
    /// encoder's judgement; the document never names the statutory principles).
    static let voiceMapping = Mapping(principles: [2, 3], domains: [.voice], basis: .judged,
                                      note: "children and young people's voice and participation")
}
