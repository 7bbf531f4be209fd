/// The result builder councils write their packs with.
///
/// Each level of a pack has its own element type (``PackElement``, ``PriorityElement``, ``MeasureElement``,
/// ``Measure`` inside an ``Outcome``, ``Promise`` inside a ``Pledge``); the builder collects them in order and
/// accepts `if`, `if`/`else` and `for` as usual.
///
/// ```swift
/// Priority("being-heard", "Being Heard", principles: [2, 3], domains: [.voice]) {
///     Aim("The young person's voice must be at the centre of our approach to corporate parenting.")
///     Section("We will") {
///         Commitment("Regularly ask the views of children and young people on their experience of our care.")
///     }
/// }
/// ```
@resultBuilder
public enum ContentBuilder<Element> {
    /// Joins the statements of a block.
    @inlinable public static func buildBlock(_ parts: [Element]...) -> [Element] {
        parts.flatMap { $0 }
    }

    /// Wraps one element.
    @inlinable public static func buildExpression(_ element: Element) -> [Element] {
        [element]
    }

    /// Accepts a list of elements as is.
    @inlinable public static func buildExpression(_ elements: [Element]) -> [Element] {
        elements
    }

    /// Supports `if` without `else`.
    @inlinable public static func buildOptional(_ part: [Element]?) -> [Element] {
        part ?? []
    }

    /// Supports the first branch of `if`/`else`.
    @inlinable public static func buildEither(first part: [Element]) -> [Element] {
        part
    }

    /// Supports the second branch of `if`/`else`.
    @inlinable public static func buildEither(second part: [Element]) -> [Element] {
        part
    }

    /// Supports `for` loops.
    @inlinable public static func buildArray(_ parts: [[Element]]) -> [Element] {
        parts.flatMap { $0 }
    }
}

extension ContentBuilder where Element: SectionPlaceable {
    /// Accepts a ``Section`` of the same level, whose elements already carry its title in their sources.
    @inlinable public static func buildExpression(_ section: Section<Element>) -> [Element] {
        section.elements
    }
}
