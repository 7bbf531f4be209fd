extension WorkingGroup {
    /// Writes a working group, sub-group, partnership, panel or champion role.
    ///
    /// ```swift
    /// WorkingGroup("being-heard-group", "Being Heard working group", chair: "Participation Officer",
    ///              priorities: ["being-heard"], reportsTo: "Corporate Parenting Board")
    /// ```
    public init(
        _ id: String,
        _ name: String,
        kind: WorkingGroupKind = .workingGroup,
        chair: String? = nil,
        priorities: [String] = [],
        members: [String] = [],
        remit: String? = nil,
        meets: Frequency? = nil,
        reportsTo: String? = nil
    ) {
        self.init(
            id: id, name: name, kind: kind, chair: chair, priorities: priorities, members: members, remit: remit,
            meetingFrequency: meets?.wording, meetingsPerYear: meets?.perYear, reportsTo: reportsTo
        )
    }
}
