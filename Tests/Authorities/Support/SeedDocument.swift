import CorporateParenting
import Foundation
import Testing

/// A built-in council's strategy document as extracted from its PDF (`../shared/seeds/`), for checking a pack
/// against the words it encodes. A fresh clone has no `../shared`, so each check skips with one line when it is absent.
struct SeedDocument {
    /// The seed file of each built-in council.
    static let files = [
        "north-east-lincolnshire": "000_e878b24a2ead60ea.txt",
        "lancashire": "001_648504e4dbaaa08b.txt",
        "leicestershire": "002_5ec2760e528eab61.txt",
        "middlesbrough": "003_b31edb5d175f3a29.txt",
        "sefton": "004_953c397b96d6e87a.txt",
    ]

    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/seeds")

    /// Said once when the documents are not there.
    static let absent: Comment = "../shared/seeds is not here (a fresh clone has none), so the checks against the documents are skipped."

    /// The document's text with whitespace, quotes and dashes normalised (see ``normalised(_:)``).
    let text: String

    /// Repairs of extraction damage that were not found in the document (each must be, or it repairs nothing).
    let unusedRepairs: [String]

    /// The document of council `id`, or `nil` when `../shared/seeds` is absent.
    ///
    /// `repairs` undo damage the PDF's extraction did and normalising cannot: a table's two columns interleaved
    /// line by line, a heading broken inside its words, a logo's letters inside a sentence. Each is the damaged text
    /// exactly as extracted and the text as printed on the page; the damaged text must be in the document.
    init?(council id: String, repairs: [(damaged: String, printed: String)] = []) {
        guard let name = Self.files[id],
              let raw = try? String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8) else { return nil }
        var text = Self.normalised(raw)
        var unused: [String] = []
        for repair in repairs {
            let damaged = Self.normalised(repair.damaged)
            if text.contains(damaged) {
                text = text.replacingOccurrences(of: damaged, with: Self.normalised(repair.printed))
            } else {
                unused.append(repair.damaged)
            }
        }
        self.text = text
        unusedRepairs = unused
    }

    /// Text as compared: typographic quotes and apostrophes made straight, dashes made hyphens, bullets and
    /// ellipses unified, runs of whitespace (including the PDF's line breaks) made one space.
    static func normalised(_ raw: String) -> String {
        var out = ""
        out.reserveCapacity(raw.utf8.count)
        var space = false
        for scalar in raw.unicodeScalars {
            var character = Character(scalar)
            switch scalar {
            case "\u{2018}", "\u{2019}", "\u{201B}", "\u{2032}", "`": character = "'"
            case "\u{201C}", "\u{201D}", "\u{201F}", "\u{2033}": character = "\""
            case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2212}": character = "-"
            case "\u{00A0}", "\u{2009}", "\u{202F}", "\u{200B}": character = " "
            default: break
            }
            if character.isWhitespace {
                space = !out.isEmpty
                continue
            }
            if space { out.append(" "); space = false }
            out.append(character)
        }
        return out
    }

    /// Whether `quote` appears in the document.
    func contains(_ quote: String) -> Bool {
        let needle = Self.normalised(quote)
        return needle.isEmpty || text.contains(needle)
    }

    /// Whether `value` appears in the document as a number ("3000" or "3,000"; "82.2"; "0.5" or ".5").
    func containsNumber(_ value: Double) -> Bool {
        var forms: [String] = []
        if value == value.rounded(), abs(value) < 1e15 {
            let whole = Int(value)
            forms.append(String(abs(whole)))
            let formatter = NumberFormatter()
            formatter.numberStyle = .decimal
            formatter.locale = Locale(identifier: "en_GB")
            if let grouped = formatter.string(from: NSNumber(value: abs(whole))) { forms.append(grouped) }
        } else {
            let plain = String(abs(value))
            forms.append(plain)
            if plain.hasPrefix("0.") { forms.append(String(plain.dropFirst())) }
        }
        return forms.contains { form in
            var searchRange = text.startIndex..<text.endIndex
            while let found = text.range(of: form, range: searchRange) {
                let before = found.lowerBound == text.startIndex ? nil : text[text.index(before: found.lowerBound)]
                let after = found.upperBound == text.endIndex ? nil : text[found.upperBound]
                let digitBefore = before.map { $0.isNumber || $0 == "." } ?? false
                let digitAfter = after.map { $0.isNumber } ?? false
                if !digitBefore && !digitAfter { return true }
                searchRange = found.upperBound..<text.endIndex
            }
            return false
        }
    }

    /// The first heading that is not found after the one before it, searching the document in order; `nil` when
    /// every heading appears in the document's order.
    func firstHeadingOutOfOrder(_ headings: [String]) -> String? {
        var from = text.startIndex
        for heading in headings {
            let needle = Self.normalised(heading)
            guard let found = text.range(of: needle, range: from..<text.endIndex) else { return heading }
            from = found.upperBound
        }
        return nil
    }
}
