import CPSEngine
/// One block of a ``Document``.
public enum Block: Sendable {
    /// A heading; level 1 is the largest below the title.
    case heading(String, level: Int)
    /// A paragraph of text.
    case paragraph(String)
    /// A bulleted list.
    case list([String])
    /// Labelled values ("Chair: Lead Member for Children's Services").
    case fields([Field])
    /// A table.
    case table(Table)
    /// Small print: a source, a caveat.
    case note(String)
    /// Lines printed as they are, never wrapped (such as `file:line:column: message`).
    case lines([String])
}

/// A labelled value in a ``Block/fields(_:)`` block.
public struct Field: Sendable, Equatable {
    /// The label.
    public var label: String
    /// The value.
    public var value: String

    /// Creates a field.
    public init(_ label: String, _ value: String) {
        self.label = label
        self.value = value
    }
}
