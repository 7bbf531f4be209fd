import CPSEngine
/// Wraps text to a width, by characters, breaking at spaces and, for words longer than the width, inside them.
enum TextWrapping {
    /// The lines of `text` at most `width` characters long (at least 1): each of its own lines wrapped at spaces,
    /// runs of spaces between words dropped, and words longer than the width cut into pieces of the width.
    ///
    /// The work is linear in the text's length: a long word is cut by moving an index along it, never by taking a
    /// prefix of what remains and copying the rest.
    static func wrap(_ text: String, width: Int) -> [String] {
        let width = max(width, 1)
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineLength = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                var length = word.count
                var start = word.startIndex
                while length > width {
                    if lineLength > 0 { lines.append(line); line = ""; lineLength = 0 }
                    let end = word.index(start, offsetBy: width)
                    lines.append(String(word[start..<end]))
                    start = end
                    length -= width
                }
                let piece = word[start...]
                if lineLength == 0 {
                    line = String(piece)
                    lineLength = length
                } else if lineLength + 1 + length <= width {
                    line += " "
                    line += piece
                    lineLength += 1 + length
                } else {
                    lines.append(line)
                    line = String(piece)
                    lineLength = length
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

    /// The longest word of `text`, in characters: the longest run without a space or a newline, which is the
    /// narrowest `text` can be wrapped without cutting a word.
    static func longestWord(_ text: String) -> Int {
        var longest = 0, current = 0
        for character in text {
            if character == " " || character == "\n" {
                current = 0
            } else {
                current += 1
                if current > longest { longest = current }
            }
        }
        return longest
    }

    /// `text` padded with spaces to `width` characters, on the left when `right` is set.
    static func pad(_ text: String, to width: Int, right: Bool = false) -> String {
        let gap = max(0, width - text.count)
        return right ? String(repeating: " ", count: gap) + text : text + String(repeating: " ", count: gap)
    }
}
