import CorporateParenting

extension Middlesbrough {
    /// Appendix 2, "2. Charter for Care Leavers:": six groups of promises under their own lead-ins (printed as
    /// headings, "To will listen to you by;" as printed), 5, 5, 5, 7, 4 and 4 promises, 30 in all. The document
    /// maps none of them; each group's mapping is the encoder's judgement. Partners named in the home group:
    /// Housing, Job Centre, College.
    @PackContent static var charter: [Entry] {
        Section("2. Charter for Care Leavers:", id: "charter-for-care-leavers", line: 493) {
            promises("We Promise To;", line: 495,
                     Mapping(principles: [1], domains: [.relationships], basis: .judged, note: "respect, identity and support through life events"), [
                "Respect you as an individual",
                "Support you to find out who you are",
                "Celebrate your identity – as an individual living in their own area",
                "Help you to express yourself in a good way",
                "Value and support you through life events",
            ])
            promises("To will listen to you by;", line: 507,
                     Mapping(principles: [2, 3], domains: [.voice], basis: .judged, note: "listening, explaining decisions, complaints and advocacy"), [
                "Taking our time, respecting you and doing our best to understand your point of view",
                "Placing your needs, thoughts and feelings at the heart of all decisions about you",
                "Informing you of any decisions and explaining how we have reached a decision",
                "Providing easy access to the complaints, compliments and appeals processes",
                "Making sure you know how to access an independent advocacy service",
            ])
            promises("We will inform you by:", line: 519,
                     Mapping(principles: [4], domains: [.adulthood], basis: .judged, note: "information and entitlements for care leavers"), [
                "Giving you information about your journey through care in a way that you will understand",
                "Keeping information up to date and correct",
                "Making sure you know how to get current information once you leave Pathways",
                "Explaining to you what information you are entitled to and support you to access it",
                "Making sure you have information about your health history",
            ])
            promises("We will support you by:", line: 531,
                     Mapping(principles: [7, 4], domains: [.adulthood], basis: .judged, note: "pathway planning from 16 and support into adult life"), [
                "Completing your Pathway Plan with you from the age of 16 years",
                "Being aware of any changes in your rights and what this means for you",
                "Providing information and advice, practical, financial and emotional support",
                "Being strong advocates for you",
                "Encouraging you to make your own choices and giving you second chances",
                "Understanding your needs and meeting them as best we can",
                "Helping you learn from your mistakes and not judging you and providing continuous support",
            ])
            promises("To find you a home we will:", line: 547,
                     Mapping(principles: [7, 6], domains: [.homes, .adulthood], basis: .judged, note: "a home and independent living"), [
                "Work with you to get ready for living on your own and make sure that you know the options available to you",
                "Do everything we can to make sure you are happy, settled and feel safe when you move into your own home",
                "Know that at different times you may need to take a step back and start over again",
                "Work together with other agencies e.g. Housing, Job Centre, and College, to help you stay in your home",
            ])
            promises("We will be a life-long companion by:", line: 557,
                     Mapping(principles: [7], domains: [.adulthood], basis: .judged, note: "continuing support into adult life"), [
                "Doing our best to help you overcome barriers when dealing with agencies",
                "Treating you fairly and with respect",
                "Helping you to be in control of your life and working with you at your pace",
                "Supporting you where we can",
            ])
        }
    }

    /// One group of the Charter's promises under its lead-in, each promise carrying the group's mapping.
    static func promises(_ heading: String, line: Int, _ mapping: Mapping, _ texts: [String]) -> Section {
        Section(heading, line: line) {
            for text in texts { Promise(text, mappings: [mapping]) }
        }
    }
}
