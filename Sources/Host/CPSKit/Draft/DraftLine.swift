import CPSEngine
/// One line of a document as the drafter reads it: its number in the source, its text, and what it looks like.
struct DraftLine: Equatable, Sendable {
    /// What a line looks like on the page.
    enum Shape: Equatable, Sendable {
        /// Running text (or a title line, which the outline finder decides).
        case text
        /// A heading the markup marks, with its level (Markdown `#`, HTML `h1`-`h6`).
        case heading(Int)
        /// A bullet (•, ◦, -, *, an HTML list item).
        case bullet
        /// A numbered list line ("1.", "2)", "(a)"), with its number when it is one.
        case numbered(Int?)
        /// A table row, its cells joined by " | ".
        case row
        /// An empty line (kept so paragraphs and title lines can be told apart).
        case blank
    }

    /// The line's number in the source document, counted from 1.
    var number: Int
    /// The last source line it covers (a paragraph broken over several lines is one line here).
    var last: Int
    /// The text, trimmed, its marker removed.
    var text: String
    /// What it looks like.
    var shape: Shape
    /// The raw text before trimming of list markers (for contents pages, which keep tabs and dot leaders).
    var raw: String

    /// A line covering source lines `number...last`.
    init(number: Int, last: Int? = nil, text: String, shape: Shape, raw: String? = nil) {
        self.number = number
        self.last = last ?? number
        self.text = text
        self.shape = shape
        self.raw = raw ?? text
    }

    /// Whether the line is a list line (bullet or numbered).
    var isListLine: Bool {
        switch shape {
        case .bullet, .numbered: true
        default: false
        }
    }
}
