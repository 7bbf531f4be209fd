import CorporateParenting

extension Middlesbrough {
    /// The appendices: the Pledge (named, its text not given), the Charter for Care Leavers, the statutory and
    /// legal context, and corporate parenting training for elected members.
    @ContentBuilder<PackElement>
    static var appendices: [PackElement] {
        Section("Appendices") {
            Section("1. Pledge to Children and Young People who are looked after") {
                // The appendix names the Pledge but does not set out its content.
                Pledge("pledge", "Pledge to Children and Young People who are looked after",
                       audience: "Children and Young People who are looked after")
            }
            Section("2. Charter for Care Leavers") {
                Pledge("charter-for-care-leavers", "Charter for Care Leavers", audience: "Care Leavers",
                       summary: charterSummary) {
                    Promise("We Promise To;", details: [
                        "Respect you as an individual",
                        "Support you to find out who you are",
                        "Celebrate your identity – as an individual living in their own area",
                        "Help you to express yourself in a good way",
                        "Value and support you through life events",
                    ])
                    Promise("To will listen to you by;", details: [
                        "Taking our time, respecting you and doing our best to understand your point of view",
                        "Placing your needs, thoughts and feelings at the heart of all decisions about you",
                        "Informing you of any decisions and explaining how we have reached a decision",
                        "Providing easy access to the complaints, compliments and appeals processes",
                        "Making sure you know how to access an independent advocacy service",
                    ])
                    Promise("We will inform you by:", details: [
                        "Giving you information about your journey through care in a way that you will understand",
                        "Keeping information up to date and correct",
                        "Making sure you know how to get current information once you leave Pathways",
                        "Explaining to you what information you are entitled to and support you to access it",
                        "Making sure you have information about your health history",
                    ])
                    Promise("We will support you by:", details: [
                        "Completing your Pathway Plan with you from the age of 16 years",
                        "Being aware of any changes in your rights and what this means for you",
                        "Providing information and advice, practical, financial and emotional support",
                        "Being strong advocates for you",
                        "Encouraging you to make your own choices and giving you second chances",
                        "Understanding your needs and meeting them as best we can",
                        "Helping you learn from your mistakes and not judging you and providing continuous support",
                    ])
                    Promise("To find you a home we will:", details: [
                        "Work with you to get ready for living on your own and make sure that you know the options available to you",
                        "Do everything we can to make sure you are happy, settled and feel safe when you move into your own home",
                        "Know that at different times you may need to take a step back and start over again",
                        "Work together with other agencies e.g. Housing, Job Centre, and College, to help you stay in your home",
                    ])
                    Promise("We will be a life-long companion by:", details: [
                        "Doing our best to help you overcome barriers when dealing with agencies",
                        "Treating you fairly and with respect",
                        "Helping you to be in control of your life and working with you at your pace",
                        "Supporting you where we can",
                    ])
                }
            }
            // 3. Statutory and Legal Context to Corporate Parenting summarises national legislation and guidance
            // (from the UN Convention on the Rights of the Child to the 2017 ILAC inspection framework); it states
            // nothing of Middlesbrough's own to encode.
            Section("4. Corporate Parenting Training for Elected Members") {
                ExpectationSet("Corporate Parenting Training for Elected Members", audience: "Elected Members", items: [
                    "Elected Members have a responsibility to ensure that services for our children and young people are good and to ensure there are sufficient resources and accommodation choice.",
                    "Elected Members scrutinise services and have an overview of performance measures to ensure children in care are safe and services are effective.",
                ])
                Arrangement("All Elected Members can undertake training to ensure they have the knowledge to fulfil their safeguarding and Corporate Parenting responsibilities.")
            }
        }
    }

    /// What the appendices say about the Charter besides its promises: two paragraphs printed under the Pledge's
    /// heading.
    static let charterSummary = "Complementing the Pledge, the council and its partners support the principles, values and commitments as detailed in the Charter for Care Leavers produced by the Department for Education and the Care Leavers Foundation and amended by the Children and Care Council members to be more meaningful for them.\n\nThe Charter for Care Leavers is designed to raise expectation, aspiration and understanding of what care leavers need and what the government and local authorities should do to be good Corporate Parents. Middlesbrough Council has adopted the Charter and is committed to improving outcomes for Care Leavers as reflected in the charter."
}
