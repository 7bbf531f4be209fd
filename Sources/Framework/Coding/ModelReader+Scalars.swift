/// Scalars: strings (noting blank and unfinished texts), numbers, dates and closed sets of values.
extension ModelReader {
    var isNull: Bool {
        mutating get {
            scanner.skipWhitespace()
            return scanner.current == UInt8(ascii: "n")
        }
    }

    mutating func string() throws -> String {
        scanner.skipWhitespace()
        guard scanner.current == UInt8(ascii: "\"") else { throw mismatch("a string") }
        let text = try scanner.parseString()
        flagIfNeeded(text)
        return text
    }

    /// Notes a text that is blank or starts "TO BE COMPLETED" (the marker `cps init` writes).
    @inline(__always)
    mutating func flagIfNeeded(_ text: String) {
        let first = text.utf8.first
        guard first == nil || first == UInt8(ascii: " ") || first == UInt8(ascii: "T") || first == 0x09 || first == 0x0A || first == 0x0D else { return }
        let blank = text.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        guard blank || text.hasPrefix(FlaggedText.marker) else { return }
        var key = ""
        for step in path.reversed() {
            if case .key(let offset) = step {
                var copy = scanner
                copy.index = offset
                key = (try? copy.parseString()) ?? ""
                break
            }
        }
        flaggedTexts.append(FlaggedText(path: pathString, key: key, text: text))
    }

    /// A string that is likely to repeat (a source), shared with its earlier copies.
    mutating func internedString() throws -> String {
        scanner.skipWhitespace()
        guard scanner.current == UInt8(ascii: "\"") else { throw mismatch("a string") }
        let hash = scanner.hashOfString(at: scanner.index)
        let text = try scanner.parseString()
        flagIfNeeded(text)
        if let earlier = interned[hash], earlier == text { return earlier }
        interned[hash] = text
        return text
    }

    mutating func optionalString() throws -> String? {
        if isNull { try scanner.expectLiteral("null"); return nil }
        return try string()
    }

    mutating func double() throws -> Double {
        scanner.skipWhitespace()
        guard let byte = scanner.current, byte == UInt8(ascii: "-") || scanner.isDigit(byte) else { throw mismatch("a number") }
        return try scanner.parseNumber()
    }

    mutating func optionalDouble() throws -> Double? {
        if isNull { try scanner.expectLiteral("null"); return nil }
        return try double()
    }

    mutating func int() throws -> Int {
        scanner.skipWhitespace()
        guard let byte = scanner.current, byte == UInt8(ascii: "-") || scanner.isDigit(byte) else { throw mismatch("a whole number") }
        let start = scanner.index
        let number = try scanner.parseNumber()
        guard number == number.rounded(), abs(number) <= 9_007_199_254_740_992 else {
            scanner.index = start
            throw shapeError("expected a whole number, found \(JSONWriter.format(number))")
        }
        return Int(number)
    }

    mutating func optionalInt() throws -> Int? {
        if isNull { try scanner.expectLiteral("null"); return nil }
        return try int()
    }

    mutating func optionalBool() throws -> Bool? {
        scanner.skipWhitespace()
        switch scanner.current {
        case UInt8(ascii: "t"): try scanner.expectLiteral("true"); return true
        case UInt8(ascii: "f"): try scanner.expectLiteral("false"); return false
        case UInt8(ascii: "n"): try scanner.expectLiteral("null"); return nil
        default: throw mismatch("true or false")
        }
    }

    mutating func date() throws -> PartialDate {
        let start = scanner.index
        let text = try string()
        guard let date = PartialDate(text) else {
            scanner.index = start
            throw shapeError("expected a date written YYYY, YYYY-MM or YYYY-MM-DD, found \"\(text)\"")
        }
        return date
    }

    mutating func optionalDate() throws -> PartialDate? {
        if isNull { try scanner.expectLiteral("null"); return nil }
        return try date()
    }

    /// A value that may be `null`.
    mutating func optional<T>(_ read: (inout ModelReader) throws -> T) throws -> T? {
        if isNull { try scanner.expectLiteral("null"); return nil }
        return try read(&self)
    }

    mutating func optionalValue<E: RawRepresentable & CaseIterable>(_ type: E.Type) throws -> E? where E.RawValue == String {
        try optional { try $0.value(type) }
    }

    mutating func value<E: RawRepresentable & CaseIterable>(_ type: E.Type) throws -> E where E.RawValue == String {
        let start = scanner.index
        let text = try string()
        guard let value = E(rawValue: text) else {
            scanner.index = start
            throw shapeError("expected one of \(E.allCases.map { $0.rawValue }.joined(separator: ", ")), found \"\(text)\"")
        }
        return value
    }
}
