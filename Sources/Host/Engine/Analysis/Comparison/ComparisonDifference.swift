/// What some of the compared strategies have and the others lack, as data: which kind of difference, the
/// strategies it holds for, and the principle, domain or standard measure it is about. ``ComparisonView`` says it
/// in English.
public struct ComparisonDifference: Codable, Equatable, Sendable {
    /// The kinds of difference, in the order a comparison lists them.
    public enum Kind: String, Codable, CaseIterable, Sendable {
        case periodEnded, periodEndNotStated
        case principleWithoutItem, domainWithoutItem
        case noBoard, boardNotInPlace, boardChairNotStated, boardChairNotInPlace, boardMeetingsNotStated
        case youngPersonCoChairsBoard, youngPeopleOnBoard, youngPeopleOnBoardNotInPlace
        case noYouthGroup, youthGroupsNotInPlace
        case pledgePromises, noWorkingGroups, noTargets, noStandardMeasures
        case onlyOneMonitors
    }

    /// The kind of difference.
    public var kind: Kind
    /// The ids of the strategies it holds for, in the comparison's order.
    public var authorities: [String]
    /// The principle's number, the domain's id or the standard measure's id it is about; `nil` for the others.
    public var subject: String?
    /// That principle's, domain's or measure's title.
    public var subjectTitle: String?

    /// A difference.
    public init(_ kind: Kind, authorities: [String], subject: String? = nil, subjectTitle: String? = nil) {
        self.kind = kind
        self.authorities = authorities
        self.subject = subject
        self.subjectTitle = subjectTitle
    }
}
