import CorporateParenting

/// A pack's governance read the way every analysis reads it: a fact is present only when the document states it
/// in place; a planned, proposed or unresolved one is kept with its status and reported as such.
struct GovernanceReading: Sendable {
    /// The corporate parenting board: the first body of kind board in place, else the first of any status.
    var board: BoardReading?
    /// Youth participation groups (children in care councils, care leavers' forums and their groups).
    var youthGroups: [Placed<Body>]
    /// Working groups, sub-groups, partnerships and networks.
    var workingGroups: [Placed<Body>]

    init(_ index: PackIndex) {
        let boards = index.bodies.filter { $0.value.kind == .board }
        let youthGroups = index.bodies.filter { $0.value.kind == .youthGroup }
        self.youthGroups = youthGroups
        workingGroups = index.bodies.filter { [.workingGroup, .subGroup, .partnership, .network].contains($0.value.kind) }
        let chosen = boards.first { $0.value.status == .inPlace } ?? boards.first
        board = chosen.map { BoardReading($0.value, youthGroupNames: youthGroups.flatMap { [$0.value.name, $0.value.id.rawValue] }) }
    }

    /// The in-place holder of a body's chair, co-chair or lead, as printed.
    static func chair(of body: Body) -> String? {
        let held = body.roles.filter { $0.status.weakest(body.status) == .inPlace }
        return (held.first { $0.title == .chair } ?? held.first { $0.title == .coChair } ?? held.first { $0.title == .lead })?.holder
    }
}

/// A board with its chairs and whether young people sit on it or co-chair it, each with its status.
struct BoardReading: Sendable {
    /// The body.
    var body: Body
    /// Who chairs it, in place.
    var chair: String?
    /// Who co-chairs it, in place.
    var coChairs: [String]
    /// Chairs and co-chairs the document gives only as planned, proposed or unresolved: "Lead Member (planned)".
    var chairsNotInPlace: [String]
    /// The surest status with which the document puts young people on it; `nil` when it does not.
    var youngPeople: FactStatus?
    /// The surest status with which the document has a young person chair or co-chair it; `nil` when it does not.
    var youngPersonChair: FactStatus?

    /// Words that name children or young people in a role's holder or a member, besides the pack's youth groups.
    static let youngPeopleWords = [
        "young people", "young person", "care leaver", "care experienced", "care-experienced", "children in care",
        "child in care", "cared for", "looked after children", "young representatives",
    ]

    /// The words as lower-case UTF-8, searched byte by byte: `String.contains` compares by characters and took
    /// most of a report's time at national scale.
    static let youngPeopleBytes = youngPeopleWords.map { Array($0.utf8) }

    init(_ body: Body, youthGroupNames: [String]) {
        self.body = body
        let names = youthGroupNames.map { Array($0.lowercased().utf8) }.filter { $0.count >= 4 }
        func isYoung(_ text: String) -> Bool {
            let lower = Array(text.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 })
            return Self.youngPeopleBytes.contains { lower.containsBytes($0) } || names.contains { lower.containsBytes($0) }
        }
        var chair: String?, coChairs: [String] = [], others: [String] = []
        var youngPeople: FactStatus?, youngChair: FactStatus?
        for role in body.roles {
            let status = role.status.weakest(body.status)
            let chairs = role.title == .chair || role.title == .coChair
            if chairs {
                if status != .inPlace {
                    others.append("\(role.holder) (\(status.analysisWords))")
                } else if role.title == .chair, chair == nil {
                    chair = role.holder
                } else {
                    coChairs.append(role.holder)
                }
            }
            guard isYoung(role.holder) else { continue }
            youngPeople = status.surest(youngPeople)
            if chairs { youngChair = status.surest(youngChair) }
        }
        for member in body.members where isYoung(member) { youngPeople = body.status.surest(youngPeople) }
        self.chair = chair
        self.coChairs = coChairs
        chairsNotInPlace = others
        self.youngPeople = youngPeople
        youngPersonChair = youngChair
    }
}

extension FactStatus {
    /// How firmly the document states it: in place, then planned, proposed, unresolved.
    var analysisFirmness: Int {
        switch self {
        case .inPlace: 3
        case .planned: 2
        case .proposed: 1
        case .unresolved: 0
        }
    }

    /// The less firm of two statuses (a role planned on a board in place is planned).
    func weakest(_ other: FactStatus) -> FactStatus {
        other.analysisFirmness < analysisFirmness ? other : self
    }

    /// The firmer of this and `other`, if any.
    func surest(_ other: FactStatus?) -> FactStatus {
        guard let other, other.analysisFirmness > analysisFirmness else { return self }
        return other
    }

    /// "in place", "planned", "proposed", "unresolved".
    public var analysisWords: String { PackText.name(self) }
}

extension Array where Element == UInt8 {
    /// Whether `needle` occurs in these bytes.
    func containsBytes(_ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, needle.count <= count else { return needle.isEmpty }
        let first = needle[0]
        var start = 0
        while start <= count - needle.count {
            if self[start] == first {
                var matched = 1
                while matched < needle.count, self[start + matched] == needle[matched] { matched += 1 }
                if matched == needle.count { return true }
            }
            start += 1
        }
        return false
    }
}
