/// Legislation, guidance, national policy or another plan the document cites.
public struct Citation: Codable, Equatable, Sendable {
    /// What sort of text it cites.
    public var kind: CitationKind
    /// Its title as printed ("Children and Social Work Act 2017", "Stable Homes, Built on Love").
    public var title: String
    /// What the document says of it, when it says more than the title.
    public var text: String?

    /// Creates a citation.
    public init(_ kind: CitationKind, _ title: String, text: String? = nil) {
        self.kind = kind
        self.title = title
        self.text = text
    }
}

/// What sort of text a citation names.
public enum CitationKind: String, Codable, CaseIterable, Sendable {
    /// An Act or regulations.
    case legislation
    /// Statutory or other guidance.
    case guidance
    /// A national policy or programme.
    case nationalPolicy
    /// Another plan or strategy of the council or its partners.
    case localPlan
    /// Research or an inspection report.
    case research
}
