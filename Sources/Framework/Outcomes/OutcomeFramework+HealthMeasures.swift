extension OutcomeFramework {
    /// The standard measures of health and well-being: health and development assessments, dental checks, immunisations and the SDQ.
    static let healthMeasures: [StandardMeasure] = [
        StandardMeasure(
            id: "health-assessment", title: "Annual health assessment",
            definition: "Children looked after for at least 12 months at 31 March whose annual health assessment was up to date, as a percentage of those children.",
            unit: .percent, polarity: .higherIsBetter, domain: .health,
            topics: ["health assessment", "health check", "health review", "medical ", "medicals "],
            dfe: .health(group: "Health assessments: Children looked after all ages", breakdown: "Had their annual health assessment")
        ),
        StandardMeasure(
            id: "dental-check", title: "Dental check",
            definition: "Children looked after for at least 12 months at 31 March who had their teeth checked by a dentist, as a percentage of those children.",
            unit: .percent, polarity: .higherIsBetter, domain: .health,
            topics: ["dental", "dentist", "teeth", "oral health"],
            dfe: .health(group: "Health assessments: Children looked after all ages", breakdown: "Had their teeth checked by a dentist")
        ),
        StandardMeasure(
            id: "immunisations", title: "Immunisations up to date",
            definition: "Children looked after for at least 12 months at 31 March whose immunisations were up to date, as a percentage of those children.",
            unit: .percent, polarity: .higherIsBetter, domain: .health,
            topics: ["immunis", "immuniz", "vaccin"],
            dfe: .health(group: "Health assessments: Children looked after all ages", breakdown: "Had their immunisations up to date")
        ),
        StandardMeasure(
            id: "development-assessment", title: "Development assessments up to date (ages 0-4)",
            definition: "Children aged 0 to 4 looked after for at least 12 months at 31 March whose development assessments were up to date, as a percentage of those children.",
            unit: .percent, polarity: .higherIsBetter, domain: .health,
            topics: ["development assessment", "developmental assessment", "development check", "developmental check", "development review", "developmental review", "ages and stages", "asq ", "two year check", "2 year check", "two year old check"],
            dfe: .health(group: "Development assessments: Children looked after ages 0 to 4 years", breakdown: "Development assessments up to date")
        ),
        StandardMeasure(
            id: "sdq-average", title: "Average SDQ score",
            definition: "Average Strengths and Difficulties Questionnaire score (0-40; 14-16 borderline, 17+ a cause for concern) of children aged 5 to 16 looked after for at least 12 months with a score.",
            unit: .score, polarity: .lowerIsBetter, domain: .health,
            topics: ["sdq", "strengths and difficulties", "emotional wellbeing", "emotional well being", "emotional health", "mental health"],
            dfe: .health(group: "Ages 5 to 16 years with SDQ score", breakdown: "SDQ average score", valueColumn: "children_count", aliases: ["number"])
        ),
        StandardMeasure(
            id: "sdq-completion", title: "SDQ completed",
            definition: "Children aged 5 to 16 looked after for at least 12 months for whom an SDQ score was received, as a percentage of those children.",
            unit: .percent, polarity: .higherIsBetter, domain: .health,
            topics: ["sdq", "strengths and difficulties"],
            dfe: .health(group: "Ages 5 to 16 years with SDQ score", breakdown: "SDQ score was received")
        ),
    ]
}
