import CorporateParenting

extension Lancashire {
    /// Section 3: the challenge the strategy as a whole answers, then the four areas of priority, each with the
    /// paragraph that states its aim.
    @ContentBuilder<PackElement>
    static var whyDoWeNeedAStrategy: [PackElement] {
        Section("3. Why do we need a strategy?") {
            Challenge("We know from research that children and young people who are looked after by the local authority have to overcome trauma and additional challenges that can lead to poorer outcomes than their peers. They are more likely to leave school with fewer qualifications, have a higher risk of being involved with youth justice services and of not being engaged in education, employment and training.")
            Section("1) Achieving Permanence") {
                Priority("achieving-permanence", "Achieving Permanence", number: 1,
                         principles: [1, 6], domains: [.homes, .relationships]) {
                    Aim("Our aim is to achieve legal, physical, and psychological permanence as quickly as possible, through building strong relationships, involving our children and young people in everything we do, supporting their Life Story and identity, advocating for them, providing creative and innovative support and to challenge the discrimination they can face.")
                }
            }
            Section("2) Improving sufficiency to provide the right home at the right place") {
                Priority("improving-sufficiency", "Improving sufficiency to provide the right home at the right place",
                         number: 2, principles: [1, 6], domains: [.homes]) {
                    Aim("Our goal is for all the children and young people we support to have supportive and lasting homes – homes in the right areas and communities, homes that will be a home for as long as needed, homes that provide a sense of family, belonging and care.")
                }
            }
            Section("3) Improving social, physical, emotional and mental health support and outcomes") {
                Priority("improving-health", "Improving social, physical, emotional and mental health support and outcomes",
                         number: 3, principles: [1, 4], domains: [.health]) {
                    Aim("Building resilience and supporting the health and wellbeing of the children and young people in our care and leaving care is a priority for us. We are committed to ensuring that our children and young people get the very best support for their health, through early intervention, quick & easy access to targeted services and effective partnership working.")
                }
            }
            Section("4) Improving education, employment and training opportunities and outcomes") {
                Priority("improving-eet", "Improving education, employment and training opportunities and outcomes",
                         number: 4, principles: [5, 7], domains: [.education, .adulthood]) {
                    Aim("We want our children and young people to have exciting opportunities for education, employment, and training, offered by partners and business who understand their needs, and who can offer additional support to help them succeed and overcome their early disadvantage and trauma.")
                }
            }
        }
    }
}
