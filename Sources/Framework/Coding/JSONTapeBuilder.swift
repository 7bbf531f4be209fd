/// Reads JSON bytes into a ``JSONTape`` in one pass, with the same rules and messages as ``JSONParser``: a leading
/// byte-order mark is skipped, nesting is limited, nothing may follow the value, and an empty file is an error.
/// It also notes each key given twice in one object, by the index of its second key node.
struct JSONTapeBuilder {
    var scanner: JSONScanner
    let maximumDepth: Int
    var tape = JSONTape()
    /// Key nodes of the open objects, innermost last, to find repeated keys.
    var openKeys: [Int] = []
    /// The key nodes of keys given a second (or later) time in the same object.
    var duplicates: [Int] = []

    init(bytes: UnsafeBufferPointer<UInt8>, maximumDepth: Int = JSONParser.defaultMaximumDepth) {
        scanner = JSONScanner(bytes: bytes)
        self.maximumDepth = maximumDepth
        tape.nodes.reserveCapacity(bytes.count / 8)
    }

    /// Reads a whole document.
    static func build(_ bytes: [UInt8]) throws(JSONSyntaxError) -> (tape: JSONTape, duplicates: [Int]) {
        do {
            return try bytes.withUnsafeBufferPointer { buffer in
                var builder = JSONTapeBuilder(bytes: buffer)
                try builder.document()
                builder.tape.nodes.append(.init(kind: .null, offset: 0, payload: 0, end: builder.tape.nodes.count + 1))
                return (builder.tape, builder.duplicates)
            }
        } catch let error as JSONSyntaxError {
            throw error
        } catch {
            throw JSONSyntaxError(reason: "\(error)", offset: 0, line: 1, column: 1)
        }
    }

    mutating func document() throws {
        scanner.skipByteOrderMark()
        scanner.skipWhitespace()
        guard scanner.current != nil else { throw scanner.error("the file is empty; expected a JSON value") }
        try value(depth: 0)
        scanner.skipWhitespace()
        guard scanner.current == nil else { throw scanner.error("unexpected \(scanner.describeCurrent()) after the JSON value") }
    }

    private mutating func append(_ kind: JSONTape.Kind, _ offset: Int, _ payload: Int) {
        tape.nodes.append(.init(kind: kind, offset: offset, payload: payload, end: tape.nodes.count + 1))
    }

    private mutating func string(_ kind: JSONTape.Kind) throws {
        let offset = scanner.index
        let text = try scanner.parseString()
        tape.strings.append(text)
        append(kind, offset, tape.strings.count - 1)
    }

    mutating func value(depth: Int) throws {
        let offset = scanner.index
        guard let byte = scanner.current else { throw scanner.error("unexpected end of input; expected a value") }
        switch byte {
        case UInt8(ascii: "{"): try object(depth: depth + 1)
        case UInt8(ascii: "["): try array(depth: depth + 1)
        case UInt8(ascii: "\""): try string(.string)
        case UInt8(ascii: "t"): try scanner.expectLiteral("true"); append(.bool, offset, 1)
        case UInt8(ascii: "f"): try scanner.expectLiteral("false"); append(.bool, offset, 0)
        case UInt8(ascii: "n"): try scanner.expectLiteral("null"); append(.null, offset, 0)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            let number = try scanner.parseNumber()
            append(.number, offset, Int(bitPattern: UInt(number.bitPattern)))
        default: throw scanner.error("unexpected \(scanner.describeCurrent()); expected a value")
        }
    }

    private mutating func object(depth: Int) throws {
        guard depth <= maximumDepth else { throw scanner.error("arrays and objects are nested more than \(maximumDepth) deep") }
        let node = tape.nodes.count
        append(.object, scanner.index, 0)
        scanner.index += 1
        let keysStart = openKeys.count
        defer { openKeys.removeSubrange(keysStart...) }
        var seen: Set<String>?
        var count = 0
        scanner.skipWhitespace()
        if scanner.current == UInt8(ascii: "}") {
            scanner.index += 1
        } else {
            while true {
                scanner.skipWhitespace()
                guard scanner.current == UInt8(ascii: "\"") else {
                    throw scanner.error(scanner.current != nil ? "expected a quoted key, found \(scanner.describeCurrent())" : "unexpected end of input inside an object")
                }
                let keyNode = tape.nodes.count
                try string(.key)
                let key = tape.strings[tape.strings.count - 1]
                noteKey(key, node: keyNode, keysStart: keysStart, seen: &seen)
                scanner.skipWhitespace()
                guard scanner.current == UInt8(ascii: ":") else { throw scanner.error("expected ':' after the key \"\(key)\"") }
                scanner.index += 1
                scanner.skipWhitespace()
                try value(depth: depth)
                count += 1
                scanner.skipWhitespace()
                guard let byte = scanner.current else { throw scanner.error("unexpected end of input inside an object") }
                scanner.index += 1
                if byte == UInt8(ascii: "}") { break }
                guard byte == UInt8(ascii: ",") else {
                    scanner.index -= 1
                    throw scanner.error("expected ',' or '}' after an object member, found \(scanner.describeCurrent())")
                }
            }
        }
        tape.nodes[node].payload = count
        tape.nodes[node].end = tape.nodes.count
    }

    /// Notes a repeated key: a linear search among a few keys, a set past sixteen.
    private mutating func noteKey(_ key: String, node: Int, keysStart: Int, seen: inout Set<String>?) {
        if seen == nil, openKeys.count - keysStart >= 16 {
            seen = Set(openKeys[keysStart...].map { tape.strings[tape.nodes[$0].payload] })
        }
        let repeated = seen.map { $0.contains(key) }
            ?? openKeys[keysStart...].contains { tape.strings[tape.nodes[$0].payload] == key }
        if repeated { duplicates.append(node) }
        seen?.insert(key)
        openKeys.append(node)
    }

    private mutating func array(depth: Int) throws {
        guard depth <= maximumDepth else { throw scanner.error("arrays and objects are nested more than \(maximumDepth) deep") }
        let node = tape.nodes.count
        append(.array, scanner.index, 0)
        scanner.index += 1
        var count = 0
        scanner.skipWhitespace()
        if scanner.current == UInt8(ascii: "]") {
            scanner.index += 1
        } else {
            while true {
                scanner.skipWhitespace()
                try value(depth: depth)
                count += 1
                scanner.skipWhitespace()
                guard let byte = scanner.current else { throw scanner.error("unexpected end of input inside an array") }
                scanner.index += 1
                if byte == UInt8(ascii: "]") { break }
                guard byte == UInt8(ascii: ",") else {
                    scanner.index -= 1
                    throw scanner.error("expected ',' or ']' after an array element, found \(scanner.describeCurrent())")
                }
            }
        }
        tape.nodes[node].payload = count
        tape.nodes[node].end = tape.nodes.count
    }
}
