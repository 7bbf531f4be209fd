extension OutcomeFramework {
    /// The nine outcome domains, each mapped to the statutory principles it serves.
    public static let standardDomains: [Domain] = [
        Domain(
            id: .voice, title: "Voice and participation",
            summary: "Children and care leavers express their views, are listened to and shape their care and the services they use.",
            principles: [2, 3]
        ),
        Domain(
            id: .homes, title: "Homes and placements",
            summary: "Safe, stable, local and suitable homes; placement sufficiency, stability and permanence.",
            principles: [1, 6]
        ),
        Domain(
            id: .health, title: "Health and well-being",
            summary: "Physical, emotional and mental health: health assessments, dental checks, immunisations, SDQ.",
            principles: [1, 4]
        ),
        Domain(
            id: .education, title: "Education and aspiration",
            summary: "Learning, attendance, attainment, personal education plans and high aspirations.",
            principles: [5, 6]
        ),
        Domain(
            id: .relationships, title: "Relationships and identity",
            summary: "Family time, friendships, trusted adults, life story, identity and belonging.",
            principles: [1, 6]
        ),
        Domain(
            id: .safety, title: "Safety and protection",
            summary: "Protection from harm, exploitation and going missing; keeping children out of trouble.",
            principles: [1, 6]
        ),
        Domain(
            id: .adulthood, title: "Leaving care and adulthood",
            summary: "Preparation for adulthood, care leavers' accommodation, education, employment and training, and support to 25.",
            principles: [4, 7]
        ),
        Domain(
            id: .governance, title: "Corporate parenting and governance",
            summary: "The council and partners as corporate parent: leadership, accountability, training and the board.",
            principles: [1, 4]
        ),
        Domain(
            id: .workforce, title: "Social work workforce",
            summary: "The children's social workers the council employs: turnover, agency workers, vacancies and caseloads.",
            principles: [1, 6]
        ),
    ]
}
