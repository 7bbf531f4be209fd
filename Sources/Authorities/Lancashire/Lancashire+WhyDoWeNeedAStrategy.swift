import CorporateParenting

extension Lancashire {
    /// "3. Why do we need a strategy?": the strategy's purpose and scope, the challenge it answers, and the four
    /// "areas of priority", each under its own numbered heading ("1)" to "4)") with its aim.
    ///
    /// The priorities' mappings are the encoder's judgement: the document maps none of them to a principle.
    @PackContent
    static var whyDoWeNeedAStrategy: [Entry] {
        Section("3. Why do we need a strategy?", line: 135) {
            Context("In Lancashire we are very proud of our children and young people and everything they achieve.")
            StrategyScope(
                text: "This strategy will provide direction to the various services within the local authority and our partners to improve provision and opportunities to children and young people in our care and our care leavers.",
                groups: ["children and young people in our care", "our care leavers"]
            )
            Commitment("We want the very best for our children and young people and will support them to ensure that they can reach their fullest potential.")
            // "research" is not cited.
            Challenge("We know from research that children and young people who are looked after by the local authority have to overcome trauma and additional challenges that can lead to poorer outcomes than their peers. They are more likely to leave school with fewer qualifications, have a higher risk of being involved with youth justice services and of not being engaged in education, employment and training.")
            Context("We have four areas of priority to work with our partners and improve outcomes for the children and young people in our care and leaving care.")

            Section("1) Achieving Permanence", line: 145) {
                Priority("permanence", "Achieving Permanence", label: "1)", number: 1,
                         principles: [1, 3, 6], domains: [.homes, .relationships],
                         note: "permanence, strong relationships, Life Story and identity (1, 6); \"involving our children and young people in everything we do\" (3)") {
                    Aim("Our aim is to achieve legal, physical, and psychological permanence as quickly as possible, through building strong relationships, involving our children and young people in everything we do, supporting their Life Story and identity, advocating for them, providing creative and innovative support and to challenge the discrimination they can face.")
                }
            }
            Section("2) Improving sufficiency to provide the right home at the right place", line: 149) {
                Priority("sufficiency", "Improving sufficiency to provide the right home at the right place", label: "2)", number: 2,
                         principles: [1, 6], domains: [.homes, .relationships],
                         note: "\"supportive and lasting homes\"; \"a sense of family, belonging and care\"") {
                    Aim("Our goal is for all the children and young people we support to have supportive and lasting homes – homes in the right areas and communities, homes that will be a home for as long as needed, homes that provide a sense of family, belonging and care.")
                }
            }
            Section("3) Improving social, physical, emotional and mental health support and outcomes", line: 153) {
                Priority("health-support", "Improving social, physical, emotional and mental health support and outcomes", label: "3)", number: 3,
                         principles: [1, 4], domains: [.health],
                         note: "health and wellbeing (1); \"quick & easy access to targeted services\" (4)") {
                    Rationale("Building resilience and supporting the health and wellbeing of the children and young people in our care and leaving care is a priority for us.")
                    Commitment("We are committed to ensuring that our children and young people get the very best support for their health, through early intervention, quick & easy access to targeted services and effective partnership working.")
                }
            }
            Section("4) Improving education, employment and training opportunities and outcomes", line: 158) {
                Priority("eet-opportunities", "Improving education, employment and training opportunities and outcomes", label: "4)", number: 4,
                         principles: [5, 7], domains: [.education, .adulthood],
                         note: "\"exciting opportunities for education, employment, and training\"; overcoming early disadvantage") {
                    Aim("We want our children and young people to have exciting opportunities for education, employment, and training, offered by partners and business who understand their needs, and who can offer additional support to help them succeed and overcome their early disadvantage and trauma.")
                }
            }
        }
    }
}
