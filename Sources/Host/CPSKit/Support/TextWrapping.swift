/// Wraps text to a width, by characters, breaking at spaces and, for words longer than the width, inside them.
enum TextWrapping {
    static func wrap(_ text: String, width: Int) -> [String] {
        let width = max(width, 1)
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for whole in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                // A word longer than the width is cut into pieces from its start, in one pass over it.
                var word = whole[...]
                var length = word.count
                while length > width {
                    if !line.isEmpty { lines.append(line); line = "" }
                    let cut = word.index(word.startIndex, offsetBy: width)
                    lines.append(String(word[..<cut]))
                    word = word[cut...]
                    length -= width
                }
                let rest = String(word)
                if line.isEmpty {
                    line = rest
                } else if line.count + 1 + length <= width {
                    line += " " + rest
                } else {
                    lines.append(line)
                    line = rest
                }
            }
            lines.append(line)
        }
        return lines
    }

    /// The widest line of `text`, in characters.
    static func longestLine(_ text: String) -> Int {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(\.count).max() ?? 0
    }

    /// `text` padded with spaces to `width` characters, on the left when `right` is set.
    static func pad(_ text: String, to width: Int, right: Bool = false) -> String {
        let gap = max(0, width - text.count)
        return right ? String(repeating: " ", count: gap) + text : text + String(repeating: " ", count: gap)
    }
}
