@testable import CPSEngine
@testable import CPSKit

/// The text of a view's document: its title and paragraphs.
enum TextRenderedParagraphs {
    static func of(_ view: some Renderable) -> String {
        let document = view.document()
        var text = document.title ?? ""
        for block in document.blocks { if case .paragraph(let paragraph) = block { text += "\n" + paragraph } }
        return text
    }
}
