/// A role in a body, held by the post, person or group the document names.
public struct Role: Codable, Equatable, Sendable {
    /// The role.
    public var title: RoleTitle
    /// Who holds it, as printed ("Cabinet Member for Children's Social Care", "a young person").
    public var holder: String
    /// Whether it is held, planned, proposed or unresolved.
    public var status: FactStatus
    /// The document's words, when the role is not plain from ``title`` ("led by", "will co-chair").
    public var wording: String?

    /// Creates a role.
    public init(_ title: RoleTitle, _ holder: String, status: FactStatus = .inPlace, wording: String? = nil) {
        self.title = title
        self.holder = holder
        self.status = status
        self.wording = wording
    }

    /// A chair.
    public static func chair(_ holder: String, status: FactStatus = .inPlace, wording: String? = nil) -> Role {
        Role(.chair, holder, status: status, wording: wording)
    }

    /// A co-chair.
    public static func coChair(_ holder: String, status: FactStatus = .inPlace, wording: String? = nil) -> Role {
        Role(.coChair, holder, status: status, wording: wording)
    }

    /// A lead ("led by").
    public static func lead(_ holder: String, status: FactStatus = .inPlace, wording: String? = nil) -> Role {
        Role(.lead, holder, status: status, wording: wording)
    }

    /// A member.
    public static func member(_ holder: String, status: FactStatus = .inPlace, wording: String? = nil) -> Role {
        Role(.member, holder, status: status, wording: wording)
    }
}

/// The roles documents give in their governance.
public enum RoleTitle: String, Codable, CaseIterable, Sendable {
    /// Chairs the body.
    case chair
    /// Chairs it jointly.
    case coChair
    /// Deputises for the chair.
    case viceChair
    /// Leads it ("led by").
    case lead
    /// A champion ("corporate parenting champion").
    case champion
    /// A member linked to a group or service ("link member").
    case linkMember
    /// The council's Responsible Individual.
    case responsibleIndividual
    /// A member.
    case member
    /// Supports or administers it (a participation officer supporting a group).
    case support
}
