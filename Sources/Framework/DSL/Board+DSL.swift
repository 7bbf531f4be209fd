extension Board {
    /// Writes the corporate parenting board; leave out what the document does not state.
    ///
    /// ```swift
    /// Board("Corporate Parenting Board", chair: "Lead Member for Children's Services", meets: .quarterly,
    ///       youngPeopleOnBoard: true)
    /// ```
    public init(
        _ name: String,
        chair: String? = nil,
        coChairs: [String] = [],
        meets: Frequency? = nil,
        members: [String] = [],
        responsibilities: [String] = [],
        youngPeopleOnBoard: Bool? = nil,
        youngPeopleCoChair: Bool? = nil,
        reportsTo: String? = nil
    ) {
        self.init(
            name: name, chair: chair, coChairs: coChairs, meetingFrequency: meets?.wording,
            meetingsPerYear: meets?.perYear, members: members, responsibilities: responsibilities,
            youngPeopleOnBoard: youngPeopleOnBoard, youngPeopleCoChair: youngPeopleCoChair, reportsTo: reportsTo
        )
    }
}
