/// Reads back what a chart drew, from its SVG text: elements by tag and class, and their attributes.
enum SVGProbe {
    /// Each opening tag `<tag ...>` in `svg` whose attributes contain every one of `containing`.
    static func elements(_ tag: String, in svg: String, containing: [String] = []) -> [String] {
        svg.components(separatedBy: "<\(tag) ").dropFirst().map { String($0.prefix { $0 != ">" }) }
            .filter { element in containing.allSatisfy { element.contains($0) } }
    }

    /// An attribute's value in an element's attribute text.
    static func attribute(_ name: String, of element: String) -> String? {
        guard let start = element.range(of: " \(name)=\"") ?? (element.hasPrefix("\(name)=\"") ? element.range(of: "\(name)=\"") : nil) else { return nil }
        return String(element[start.upperBound...].prefix { $0 != "\"" })
    }

    /// An attribute's value as a number.
    static func number(_ name: String, of element: String) -> Double? {
        attribute(name, of: element).flatMap(Double.init)
    }

    /// The text of each `<text>` element whose attributes contain `containing`, with its attributes.
    static func texts(in svg: String, containing: String = "") -> [(attributes: String, text: String)] {
        svg.components(separatedBy: "<text ").dropFirst().compactMap { part in
            guard let close = part.firstIndex(of: ">") else { return nil }
            let attributes = String(part[..<close])
            guard containing.isEmpty || attributes.contains(containing) else { return nil }
            let text = part[part.index(after: close)...].prefix { $0 != "<" }
            return (attributes, String(text))
        }
    }
}
