import CPSEngine
/// A command's result: encodable as JSON, and describable as a ``Document`` for the other formats.
///
/// ```swift
/// struct PrinciplesView: Renderable {
///     var principles: [Principle]
///     func document() -> Document {
///         Document(title: "Corporate parenting principles", blocks: [.list(principles.map(\.text))])
///     }
/// }
/// ```
public protocol Renderable: Encodable {
    /// The result as a document for text, Markdown, CSV and HTML.
    func document() -> Document
}
