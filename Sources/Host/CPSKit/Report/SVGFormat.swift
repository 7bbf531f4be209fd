import CPSEngine
/// What the report's SVG figures share: numbers with at most one decimal, so charts are byte-for-byte stable, and
/// the opening that names each figure for screen readers.
enum SVGFormat {
    static func number(_ value: Double) -> String {
        let tenths = (value * 10).rounded() / 10
        return tenths == tenths.rounded() ? String(Int(tenths)) : String(tenths)
    }

    /// The opening of an accessible figure: its `svg` element, then its title and description, each on a line.
    static func start(id: String, width: Int, height: Int, className: String, title: String, description: String) -> String {
        "<svg role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" "
            + "height=\"\(height)\" class=\"\(className)\" font-family=\"system-ui, sans-serif\" font-size=\"12\">\n"
            + "<title id=\"\(id)-title\">\(HTML.escape(title))</title>\n<desc id=\"\(id)-desc\">\(HTML.escape(description))</desc>\n"
    }
}
