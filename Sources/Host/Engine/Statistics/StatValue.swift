/// A figure of DfE's tidy CSV: a number, or one of DfE's special values kept as a typed missing value.
public enum StatValue: Equatable, Sendable {
    /// A published number.
    case number(Double)
    /// A special value: `c` suppressed, `z` not applicable, `x` not available, `k` rounds to zero, and the older
    /// `~` and `:`; also `low` and `u` seen in older releases.
    case missing(symbol: String)

    /// The special values DfE's files use.
    public static let symbols: [String: String] = [
        "c": "suppressed", "z": "not applicable", "x": "not available", "k": "rounds to zero",
        "~": "rounds to zero (older releases)", ":": "not available (older releases)", "low": "rounds to zero (older releases)",
        "u": "unreliable (older releases)",
    ]

    /// What a special value means, for people: "suppressed (c)", or "not published (?)" for a symbol DfE's list
    /// does not hold. The one wording every view uses.
    public static func described(_ symbol: String) -> String {
        "\(symbols[symbol] ?? "not published") (\(symbol))"
    }

    /// Reads a cell; `nil` when it is neither a number nor a known special value.
    public init?(_ cell: String) {
        let text = cell.utf8.first == 0x20 || cell.utf8.last == 0x20 ? cell.trimmingCharacters(in: " ") : cell
        if let number = Double(text), number.isFinite {
            self = .number(number)
        } else if Self.symbols[text] != nil {
            self = .missing(symbol: text)
        } else {
            return nil
        }
    }

    /// The number, if it is one.
    public var number: Double? {
        if case .number(let value) = self { return value }
        return nil
    }

    /// The special value, if it is one.
    public var symbol: String? {
        if case .missing(let symbol) = self { return symbol }
        return nil
    }
}
