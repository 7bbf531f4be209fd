import CorporateParenting
import CPSEngine

/// The `mappings` cell: one mapping a line, its principles as `P1`, its domains by id, then its basis in brackets,
/// with the note after a colon: `P1 P3 education (stated)`, `P2 voice (judged: the pledge names the council)`.
///
/// A mapping the notation cannot hold exactly (a note over several lines, a key it does not know) is written in
/// the `fields` JSON instead, so the round trip loses nothing.
enum MappingNotation {
    /// The cell for `mappings` (JSON array elements), or `nil` when one of them cannot be written in the notation.
    static func cell(_ mappings: [JSONValue]) -> String? {
        var lines: [String] = []
        for mapping in mappings {
            guard case .object(let object) = mapping,
                  object.keys.allSatisfy(["principles", "domains", "basis", "note"].contains),
                  case .string(let basis)? = object["basis"], MappingBasis(rawValue: basis) != nil
            else { return nil }
            var words: [String] = []
            if let principles = object["principles"] {
                guard case .array(let numbers) = principles else { return nil }
                for number in numbers {
                    guard case .number(let value) = number, value == value.rounded(), abs(value) < 1e9 else { return nil }
                    words.append("P\(Int(value))")
                }
            }
            if let domains = object["domains"] {
                guard case .array(let ids) = domains else { return nil }
                for id in ids {
                    guard case .string(let domain) = id, isDomainWord(domain) else { return nil }
                    words.append(domain)
                }
            }
            var basisText = basis
            if let note = object["note"] {
                guard case .string(let text) = note, !text.contains("\n"), SpreadsheetCell.canHold(text),
                      text == text.trimmingCharacters(in: " ") else { return nil }
                basisText += ": " + text
            }
            lines.append((words + ["(\(basisText))"]).joined(separator: " "))
        }
        return lines.joined(separator: "\n")
    }

    /// The mappings a cell gives, as JSON, or the reason it cannot be read.
    static func mappings(_ cell: String) -> Result<[JSONValue], MappingNotationError> {
        var mappings: [JSONValue] = []
        for line in cell.split(separator: "\n", omittingEmptySubsequences: true) {
            let text = line.trimmingCharacters(in: " ")
            guard !text.isEmpty else { continue }
            guard let open = text.firstIndex(of: "("), text.hasSuffix(")") else {
                return .failure(MappingNotationError(line: text, reason: "it does not end with its basis in brackets, as in \"P1 education (stated)\""))
            }
            let inside = text[text.index(after: open)..<text.index(before: text.endIndex)]
            let basisWord = inside.prefix { $0 != ":" }.trimmingCharacters(in: " ")
            guard MappingBasis(rawValue: basisWord) != nil else {
                return .failure(MappingNotationError(line: text, reason: "its basis \"\(basisWord)\" is not stated or judged"))
            }
            var principles: [JSONValue] = [], domains: [JSONValue] = []
            for word in text[..<open].split(whereSeparator: { $0 == " " || $0 == "," }) {
                if let number = principleNumber(word) {
                    principles.append(.number(Double(number)))
                } else if isDomainWord(String(word)) {
                    domains.append(.string(String(word)))
                } else {
                    return .failure(MappingNotationError(line: text, reason: "\"\(word)\" is neither a principle (P1 to P7) nor a domain id"))
                }
            }
            var object = JSONObject()
            if !principles.isEmpty { object["principles"] = .array(principles) }
            if !domains.isEmpty { object["domains"] = .array(domains) }
            object["basis"] = .string(basisWord)
            if let colon = inside.firstIndex(of: ":") {
                object["note"] = .string(inside[inside.index(after: colon)...].trimmingCharacters(in: " "))
            }
            mappings.append(.object(object))
        }
        return .success(mappings)
    }

    /// `P3` or `p3` as 3.
    private static func principleNumber(_ word: Substring) -> Int? {
        guard let first = word.first, first == "P" || first == "p" else { return nil }
        return Int(word.dropFirst())
    }

    /// Whether `word` can stand for a domain in the notation: not empty, no spaces, commas or brackets, and not
    /// read as a principle.
    private static func isDomainWord(_ word: String) -> Bool {
        !word.isEmpty && !word.contains { " ,()\n\t:".contains($0) } && principleNumber(Substring(word)) == nil
            && SpreadsheetCell.canHold(word)
    }
}

/// Why a line of a `mappings` cell cannot be read.
struct MappingNotationError: Error, Equatable {
    /// The line.
    var line: String
    /// What is wrong with it.
    var reason: String
}
