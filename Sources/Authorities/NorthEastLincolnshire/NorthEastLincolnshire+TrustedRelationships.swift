import CorporateParenting

extension NorthEastLincolnshire {
    /// Outcome 4. It has no "What we will do", no measures and no key partners; "What Will Success Look Like?" is
    /// a list of statements without measures.
    @ContentBuilder<PackElement>
    static var trustedRelationships: [PackElement] {
        Section("4. Trusted relationships and a strong sense of identity and belonging") {
            Priority(
                "trusted-relationships-identity-belonging",
                "Trusted relationships and a strong sense of identity and belonging", number: 4,
                principles: [1, 6], domains: [.relationships]
            ) {
                Commitment(.aim, "Help children and young people understand their life story, and maintain strong connections with their birth families")
                Commitment(.aim, "Support children and young people to build trusted relationships and support networks")
                Commitment(.aim, "Provide wrap-around support for care-experienced young people who are new parents")
                Commitment(.aim, "Respect children and young people's identity and support them to be proud of who they are")
                Section("Vision") {
                    Vision("Our vision is to make sure that all communication I understood especially if English is not the first language and or if there are any speech and communication needs. We want to ensure that everyone working with children has an improved understanding of gender, identity and sexual orientation, so that young people feel respected, understood and empowered to be themselves.")
                }
                Section("What Is The Challenge?") {
                    Challenge("We need to create a stable workforce so that there are fewer changes of social workers, personal advisors and other professionals. Where change needs to happen we need to ensure children and young people are informed")
                    Challenge("We need a workforce that understand the links young people sense of identity has on their mental and emotional wellbeing")
                }
                Section("What Will Success Look Like?") {
                    Outcome("Children will tell us they have stronger and more trustworthy relationships with the adults in their life")
                    Outcome("Children will tell us they have healthy relationships with how they view themselves and their engagement with others")
                    Outcome("More young people will engage in family group conferences with the aim of developing links with their community")
                    Outcome("Children and young people are more likely to keep in touch when they leave our care so that we can support them if and when they need it")
                    Outcome("Social workers and personal advisors are less likely to leave so young people have more meaningful relationships")
                }
            }
        }
    }
}
