extension ParticipationGroup {
    /// Writes a youth participation group with the ages it covers and how often it meets.
    ///
    /// ```swift
    /// ParticipationGroup("youth-ambassadors", "Youth Ambassadors", audience: "Cared for children",
    ///                    ages: .between(11, 15), meets: .stated("twice a month", perYear: 24))
    /// ```
    public init(
        _ id: String,
        _ name: String,
        audience: String? = nil,
        ages: AgeRange? = nil,
        meets: Frequency? = nil,
        partOf: String? = nil,
        sitsOnBoard: Bool? = nil,
        description: String? = nil
    ) {
        self.init(
            id: id, name: name, audience: audience, ageRange: ages, meetingFrequency: meets?.wording,
            meetingsPerYear: meets?.perYear, partOf: partOf, sitsOnBoard: sitsOnBoard, description: description
        )
    }
}
