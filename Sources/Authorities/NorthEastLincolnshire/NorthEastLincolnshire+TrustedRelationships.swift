import CorporateParenting

extension NorthEastLincolnshire {
    /// Outcome 4. It prints no "What we will do", no measures table and no key partners.
    @PackContent
    static var trustedRelationships: [Entry] {
        Section("4. Trusted relationships and a strong sense of identity and belonging", page: 26, line: 321) {
            Outcome(
                "trusted-relationships-identity-belonging",
                "Trusted relationships and a strong sense of identity and belonging", number: 4,
                principles: [1, 6], domains: [.relationships],
                note: "stable relationships with the workforce (334); identity and well-being (335)"
            ) {
                KeyAction("o4-life-story", "Help children and young people understand their life story, and maintain strong connections with their birth families")
                KeyAction("o4-trusted-relationships", "Support children and young people to build trusted relationships and support networks")
                KeyAction("o4-new-parents", "Provide wrap-around support for care-experienced young people who are new parents",
                          principles: [7], domains: [.adulthood], note: "support for young parents")
                KeyAction("o4-identity", "Respect children and young people's identity and support them to be proud of who they are")
                Section("Vision", page: 26, line: 328) {
                    // "all communication I understood" as printed.
                    Vision("Our vision is to make sure that all communication I understood especially if English is not the first language and or if there are any speech and communication needs. We want to ensure that everyone working with children has an improved understanding of gender, identity and sexual orientation, so that young people feel respected, understood and empowered to be themselves.")
                }
                Section("What Is The Challenge?", page: 26, line: 332) {
                    Challenge("We need to create a stable workforce so that there are fewer changes of social workers, personal advisors and other professionals. Where change needs to happen we need to ensure children and young people are informed")
                    Challenge("We need a workforce that understand the links young people sense of identity has on their mental and emotional wellbeing")
                }
                Section("What Will Success Look Like?", page: 26, line: 337) {
                    Statement("told-stronger-relationships", "Children will tell us they have stronger and more trustworthy relationships with the adults in their life",
                              domain: .relationships)
                    Statement("told-healthy-relationships", "Children will tell us they have healthy relationships with how they view themselves and their engagement with others",
                              domain: .relationships)
                    // Directions with no measure defined.
                    Metric("family-group-conferences", "More young people will engage in family group conferences with the aim of developing links with their community",
                           purpose: .monitor, domain: .relationships,
                           target: Target(.increase, "More young people will engage in family group conferences"))
                    Metric("keep-in-touch-after-care", "Children and young people are more likely to keep in touch when they leave our care so that we can support them if and when they need it",
                           purpose: .monitor, domain: .adulthood,
                           target: Target(.increase, "Children and young people are more likely to keep in touch when they leave our care"))
                    Metric("workforce-turnover", "Social workers and personal advisors are less likely to leave so young people have more meaningful relationships",
                           purpose: .monitor, domain: .governance,
                           target: Target(.decrease, "Social workers and personal advisors are less likely to leave"))
                }
            }
        }
    }
}
