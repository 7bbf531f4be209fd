import CorporateParenting

extension Lancashire {
    /// Section 5: what young people and partners will say when the strategy has made a difference, recorded as
    /// strategy-wide measures. The heading "What will Corporate parents say?" has nothing under it.
    @ContentBuilder<PackElement>
    static var howWillWeKnow: [PackElement] {
        Section("5. How will we know we have made a difference?") {
            Section("What will young people say?") {
                Measure("young-people-say-good-about-future", "I feel good about my future", domain: .adulthood)
                Measure("young-people-say-proud-of-achievements", "I feel proud of my achievements", domain: .education)
                Measure("young-people-say-supported-and-cared-for", "I feel supported and cared for", domain: .relationships)
                Measure("young-people-say-able-to-share-views", "I feel able to share my views and feelings", domain: .voice)
            }
            Section("What will partners say?") {
                Measure("partners-say-contribute-and-support", "We understand how we can contribute & support", domain: .governance)
                Measure("partners-say-work-as-a-team", "We work as a team and value our different roles", domain: .governance)
            }
        }
    }
}
