import CorporateParenting

extension Lancashire {
    /// "5. How will we know we have made a difference?": what young people and partners will say. These are
    /// statements, the strategy's own evidence of success; no survey, method, target or baseline is printed. Their
    /// domains are the encoder's judgement.
    @PackContent
    static var howWillWeKnow: [Entry] {
        Section("5. How will we know we have made a difference?", line: 333) {
            Section("What will young people say?", line: 337) {
                Statement("good-about-my-future", "I feel good about my future", domain: .adulthood)
                Statement("proud-of-my-achievements", "I feel proud of my achievements", domain: .education)
                Statement("supported-and-cared-for", "I feel supported and cared for", domain: .relationships)
                Statement("able-to-share-my-views", "I feel able to share my views and feelings", domain: .voice)
            }
            Section("What will partners say?", line: 347) {
                Statement("partners-contribute-and-support", "We understand how we can contribute & support", domain: .governance)
                Statement("partners-work-as-a-team", "We work as a team and value our different roles", domain: .governance)
            }
            // Nothing is printed under this heading (the next line is the appendices divider): lost in extraction
            // or never filled, so it is not captured rather than "corporate parents say nothing".
            Section("What will Corporate parents say?", line: 355, capture: CaptureExtent.none)
        }
    }
}
