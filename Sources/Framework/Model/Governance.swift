/// How the strategy is overseen: the board, the youth participation groups and other arrangements.
public struct Governance: Codable, Equatable, Sendable {
    /// The corporate parenting board or panel, when the document describes one.
    public var board: Board?
    /// Groups through which children in care and care leavers take part.
    public var participation: [ParticipationGroup]
    /// Other governance arrangements the document states (reporting lines, scrutiny, training).
    public var arrangements: [Statement]

    /// Creates a governance record.
    public init(board: Board? = nil, participation: [ParticipationGroup] = [], arrangements: [Statement] = []) {
        self.board = board
        self.participation = participation
        self.arrangements = arrangements
    }
}
