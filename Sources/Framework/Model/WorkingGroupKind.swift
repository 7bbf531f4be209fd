/// The sorts of group or role that drive a strategy.
public enum WorkingGroupKind: String, Codable, CaseIterable, Sendable {
    /// A working group for one or more priorities.
    case workingGroup
    /// A sub-group of a partnership or board.
    case subGroup
    /// A multi-agency partnership or operational group.
    case partnership
    /// A standing panel or regular multi-agency meeting.
    case panel
    /// A named champion role (a member champion, a priority champion).
    case champion
    /// A lead officer role for a priority.
    case lead
}
