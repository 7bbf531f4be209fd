import CPSEngine
/// Turns a command's result into one output format.
///
/// One renderer per format (``TextRenderer``, ``MarkdownRenderer``, ``CSVRenderer``, ``JSONRenderer``,
/// ``HTMLRenderer``); ``OutputFormat/renderer(width:)`` picks one.
///
/// ```swift
/// let text = try OutputFormat.markdown.renderer(width: 100).render(view)
/// ```
public protocol OutputRenderer {
    /// The output for `view`.
    func render<View: Renderable>(_ view: View) throws -> String
}

extension OutputFormat {
    /// The renderer for this format; `width` is the text width to fit.
    public func renderer(width: Int) -> any OutputRenderer {
        switch self {
        case .text: TextRenderer(width: width)
        case .markdown: MarkdownRenderer()
        case .csv: CSVRenderer()
        case .json: JSONRenderer()
        case .html: HTMLRenderer()
        }
    }
}
