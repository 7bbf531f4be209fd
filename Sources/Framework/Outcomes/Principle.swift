/// One of the seven corporate parenting principles of the Children and Social Work Act 2017, section 1(1).
public struct Principle: Codable, Equatable, Sendable, Identifiable {
    /// 1-7, in the Act's order (paragraphs (a)-(g)).
    public var number: Int
    /// The Act's paragraph letter, "a"-"g".
    public var paragraph: String
    /// A short name for tables and charts.
    public var shortTitle: String
    /// The statutory wording.
    public var text: String

    /// The principle's number.
    public var id: Int { number }

    /// Creates a principle.
    public init(number: Int, paragraph: String, shortTitle: String, text: String) {
        self.number = number
        self.paragraph = paragraph
        self.shortTitle = shortTitle
        self.text = text
    }
}
