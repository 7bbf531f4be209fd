import CPSEngine
/// Reads an HTML page saved from a council's site into lines: scripts, styles, navigation, headers and footers set
/// aside; `h1`-`h6` kept as headings, list items as bullets or numbered lines, table rows as rows, every other block
/// as text. Each line keeps the source line its element starts on.
enum HTMLReader {
    /// Elements whose content is never the document's (scripts, styles, the site's navigation and chrome).
    static let skipped: Set<String> = ["script", "style", "noscript", "head", "nav", "header", "footer", "aside", "form", "svg", "template", "iframe", "button", "select"]
    /// Elements that end a line.
    static let blocks: Set<String> = ["p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "main", "ul", "ol", "table", "blockquote", "dd", "dt", "hr", "body", "figcaption", "caption", "thead", "tbody"]

    /// The lines of `html`.
    static func lines(_ html: String) -> [DraftLine] {
        var state = State()
        let characters = Array(html.unicodeScalars)
        var index = 0
        var line = 1
        while index < characters.count {
            let scalar = characters[index]
            if scalar == "<" {
                // A comment, a declaration or a tag.
                if startsWith(characters, index, "<!--") {
                    var end = index + 4
                    while end < characters.count, !startsWith(characters, end, "-->") {
                        if characters[end] == "\n" { line += 1 }
                        end += 1
                    }
                    index = min(end + 3, characters.count)
                    continue
                }
                var end = index + 1
                var quote: Unicode.Scalar?
                while end < characters.count {
                    let c = characters[end]
                    if c == "\n" { line += 1 }
                    if let q = quote { if c == q { quote = nil } } else if c == "\"" || c == "'" { quote = c } else if c == ">" { break }
                    end += 1
                }
                let tagText = String(String.UnicodeScalarView(characters[(index + 1)..<min(end, characters.count)]))
                state.tag(tagText, line: line)
                index = end + 1
                continue
            }
            if scalar == "&" {
                var end = index + 1
                while end < characters.count, end - index < 12, characters[end] != ";", characters[end] != "<", characters[end] != " " { end += 1 }
                if end < characters.count, characters[end] == ";",
                   let decoded = entity(String(String.UnicodeScalarView(characters[(index + 1)..<end])))
                {
                    state.text(decoded, line: line)
                    index = end + 1
                    continue
                }
            }
            if scalar == "\n" { line += 1 }
            state.text(String(Character(scalar)), line: line)
            index += 1
        }
        state.flush()
        return state.out
    }

    private static func startsWith(_ characters: [Unicode.Scalar], _ index: Int, _ prefix: String) -> Bool {
        var i = index
        for p in prefix.unicodeScalars {
            guard i < characters.count, characters[i] == p else { return false }
            i += 1
        }
        return true
    }

    /// The character an entity names (`amp`, `#8217`, `#x2019`...), or nil for one it does not know.
    static func entity(_ name: String) -> String? {
        let named: [String: String] = [
            "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "rsquo": "\u{2019}", "lsquo": "\u{2018}",
            "ldquo": "\u{201C}", "rdquo": "\u{201D}", "ndash": "\u{2013}", "mdash": "\u{2014}", "hellip": "\u{2026}", "bull": "\u{2022}",
            "pound": "\u{00A3}", "copy": "\u{00A9}",
        ]
        if let known = named[name] { return known }
        guard name.hasPrefix("#") else { return nil }
        let digits = name.dropFirst()
        let value = digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
        guard let value, let scalar = Unicode.Scalar(value), value != 0 else { return nil }
        return String(Character(scalar))
    }

    /// The reader's state: the element stack it cares about and the line being gathered.
    private struct State {
        var out: [DraftLine] = []
        var buffer = ""
        var startLine = 0
        var lastLine = 0
        var skipDepth: [String] = []
        var shape: DraftLine.Shape = .text
        var lists: [(ordered: Bool, count: Int)] = []
        var cells: [String]?

        mutating func text(_ piece: String, line: Int) {
            guard skipDepth.isEmpty else { return }
            if buffer.isEmpty, piece.allSatisfy(\.isWhitespace) { return }
            if buffer.isEmpty { startLine = line }
            buffer += piece
            lastLine = line
        }

        mutating func tag(_ raw: String, line: Int) {
            let closing = raw.hasPrefix("/")
            let name = String(raw.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }).lowercased()
            let selfClosing = raw.hasSuffix("/")
            if HTMLReader.skipped.contains(name) {
                if closing {
                    if let at = skipDepth.lastIndex(of: name) { skipDepth.removeSubrange(at...) }
                } else if !selfClosing {
                    skipDepth.append(name)
                }
                return
            }
            guard skipDepth.isEmpty else { return }
            if name == "td" || name == "th" {
                if closing {
                    let cell = DraftText.clean(buffer)
                    cells = (cells ?? []) + [cell]
                    buffer = ""
                } else {
                    if cells == nil { cells = []; startLine = line }
                    buffer = ""
                }
                return
            }
            guard HTMLReader.blocks.contains(name) else { return }
            if name == "tr" {
                if closing, let row = cells {
                    let text = row.filter { !$0.isEmpty }.joined(separator: " | ")
                    if !text.isEmpty { out.append(DraftLine(number: startLine, last: line, text: text, shape: .row)) }
                    cells = nil
                    buffer = ""
                } else if !closing {
                    flush()
                    cells = []
                    startLine = line
                }
                return
            }
            flush()
            if name == "ul" || name == "ol" {
                if closing { _ = lists.popLast() } else { lists.append((name == "ol", 0)) }
            } else if name == "li", !closing {
                if let last = lists.last, last.ordered {
                    lists[lists.count - 1].count += 1
                    shape = .numbered(lists[lists.count - 1].count)
                } else {
                    shape = .bullet
                }
            } else if name.count == 2, name.hasPrefix("h"), let level = Int(name.dropFirst()), !closing {
                shape = .heading(level)
            }
        }

        mutating func flush() {
            let text = DraftText.clean(buffer)
            if !text.isEmpty, cells == nil {
                out.append(DraftLine(number: startLine, last: max(startLine, lastLine), text: text, shape: shape))
            }
            if cells == nil { buffer = "" }
            shape = .text
        }
    }
}
