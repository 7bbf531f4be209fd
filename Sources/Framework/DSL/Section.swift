/// A section of the document: everything written inside it takes the section's title as its source.
///
/// Sections nest, and their titles join with " › ", so an item's source reads as the path to it in the
/// document. Use the document's own headings, so a reader can find the item again.
///
/// ```swift
/// Section("Section 2 › Priority 1: Our Children and Young People are Respected and Involved") {
///     Priority("respected-and-involved", "Our Children and Young People are Respected and Involved", number: 1,
///              principles: [2, 3], domains: [.voice]) {
///         Section("What we will do") {
///             Commitment("Ensure we celebrate the achievements of all of our Looked after Children and Care Leavers.")
///         }
///     }
/// }
/// // The commitment's source: "Section 2 › Priority 1: ... › What we will do"
/// ```
public struct Section<Element: SectionPlaceable> {
    /// The section's elements, their sources prefixed with its title.
    public let elements: [Element]

    /// Creates a section from its title and content.
    @inlinable public init(_ title: String, @ContentBuilder<Element> _ content: () -> [Element]) {
        elements = content().map { $0.placed(in: title) }
    }
}
