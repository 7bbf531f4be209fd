/// Reads JSON text (RFC 8259) into a ``JSONValue``.
///
/// It works on bytes, rejects what JSON rejects (NaN, trailing commas, comments, invalid UTF-8, lone surrogates),
/// tolerates a leading UTF-8 byte-order mark, limits nesting so hostile input cannot exhaust the stack, and says
/// where a text goes wrong by line and column.
///
/// ```swift
/// let value = try JSONParser.parse(Array(#"{"id": "sefton"}"#.utf8))
/// ```
public enum JSONParser {
    /// The deepest nesting of arrays and objects accepted by default.
    public static let defaultMaximumDepth = 128

    /// Parses a complete JSON text.
    public static func parse(_ bytes: [UInt8], maximumDepth: Int = defaultMaximumDepth) throws -> JSONValue {
        try bytes.withUnsafeBufferPointer { buffer in
            var reader = Reader(bytes: buffer, maximumDepth: maximumDepth)
            return try reader.document()
        }
    }
}

private struct Reader {
    var scanner: JSONScanner
    let maximumDepth: Int

    init(bytes: UnsafeBufferPointer<UInt8>, maximumDepth: Int) {
        scanner = JSONScanner(bytes: bytes)
        self.maximumDepth = maximumDepth
    }

    var bytes: UnsafeBufferPointer<UInt8> { scanner.bytes }
    var index: Int {
        get { scanner.index }
        set { scanner.index = newValue }
    }
    mutating func skipWhitespace() { scanner.skipWhitespace() }
    mutating func parseString() throws -> String { try scanner.parseString() }
    mutating func parseNumber() throws -> Double { try scanner.parseNumber() }
    mutating func expectLiteral(_ literal: StaticString) throws { try scanner.expectLiteral(literal) }
    func describeCurrent() -> String { scanner.describeCurrent() }
    func error(_ reason: String) -> JSONSyntaxError { scanner.error(reason) }

    mutating func document() throws -> JSONValue {
        scanner.skipByteOrderMark()
        skipWhitespace()
        guard index < bytes.count else { throw error("the file is empty; expected a JSON value") }
        let value = try parseValue(depth: 0)
        skipWhitespace()
        guard index == bytes.count else { throw error("unexpected \(describeCurrent()) after the JSON value") }
        return value
    }

    mutating func parseValue(depth: Int) throws -> JSONValue {
        guard index < bytes.count else { throw error("unexpected end of input; expected a value") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject(depth: depth + 1)
        case UInt8(ascii: "["): return try parseArray(depth: depth + 1)
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectLiteral("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectLiteral("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectLiteral("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
        default: throw error("unexpected \(describeCurrent()); expected a value")
        }
    }

    mutating func parseObject(depth: Int) throws -> JSONValue {
        guard depth <= maximumDepth else { throw error("arrays and objects are nested more than \(maximumDepth) deep") }
        index += 1
        var members: [(key: String, value: JSONValue)] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return .object(JSONObject(members))
        }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                throw error(index < bytes.count ? "expected a quoted key, found \(describeCurrent())" : "unexpected end of input inside an object")
            }
            let key = try parseString()
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw error("expected ':' after the key \"\(key)\"") }
            index += 1
            skipWhitespace()
            members.append((key, try parseValue(depth: depth)))
            skipWhitespace()
            guard index < bytes.count else { throw error("unexpected end of input inside an object") }
            switch bytes[index] {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "}"): index += 1; return .object(JSONObject(members))
            default: throw error("expected ',' or '}' after an object member, found \(describeCurrent())")
            }
        }
    }

    mutating func parseArray(depth: Int) throws -> JSONValue {
        guard depth <= maximumDepth else { throw error("arrays and objects are nested more than \(maximumDepth) deep") }
        index += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return .array(elements)
        }
        while true {
            skipWhitespace()
            elements.append(try parseValue(depth: depth))
            skipWhitespace()
            guard index < bytes.count else { throw error("unexpected end of input inside an array") }
            switch bytes[index] {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "]"): index += 1; return .array(elements)
            default: throw error("expected ',' or ']' after an array element, found \(describeCurrent())")
            }
        }
    }
}
