/// Reads JSON bytes straight into model values, without a tree in between: the fast path for packs.
///
/// It keeps the path of the value being read, so an error names it (`priorities[2].title`) with its line and
/// column, and it notes unknown and repeated keys as it goes, for `cps validate`.
struct ModelReader {
    /// A step of the path: a key, by where it starts in the bytes (read only to name a place), or an index.
    enum Step {
        case key(offset: Int)
        case index(Int)
    }

    var scanner: JSONScanner
    var path: [Step] = []
    var depth = 0
    let maximumDepth = JSONParser.defaultMaximumDepth
    /// Hashes of the keys seen in the open objects, innermost last; `frames` holds where each object's keys start.
    var keys: [UInt64] = []
    var frames: [(keysStart: Int, memberOpen: Bool, first: Bool)] = []
    var arrays: [(index: Int, first: Bool)] = []
    /// Strings read before, by the hash of their bytes: a pack repeats its section headings in every item's source.
    var interned: [UInt64: String] = [:]
    /// Texts read that are blank or still read "TO BE COMPLETED", with their paths and keys, for `cps validate`.
    var flaggedTexts: [FlaggedText] = []
    /// Keys the model does not have, and keys given twice, with their paths and byte offsets.
    var unknownKeys: [KeyNote] = []
    var duplicateKeys: [KeyNote] = []

    init(bytes: UnsafeBufferPointer<UInt8>) {
        scanner = JSONScanner(bytes: bytes)
        keys.reserveCapacity(64)
        path.reserveCapacity(16)
    }

    // MARK: Errors

    var pathString: String {
        var text = ""
        for step in path {
            switch step {
            case .key(let offset):
                var copy = scanner
                copy.index = offset
                let key = (try? copy.parseString()) ?? "?"
                text += text.isEmpty ? key : "." + key
            case .index(let index): text += "[\(index)]"
            }
        }
        return text
    }

    func shapeError(_ reason: String) -> PackDecodingError {
        .shape(path: pathString, reason: reason, position: TextPosition(offset: scanner.index, in: scanner.bytes))
    }

    /// What the value at the cursor is, for messages: "a string", "an object", ...
    var found: String {
        switch scanner.current {
        case UInt8(ascii: "{"): "an object"
        case UInt8(ascii: "["): "an array"
        case UInt8(ascii: "\""): "a string"
        case UInt8(ascii: "t"), UInt8(ascii: "f"): "a boolean"
        case UInt8(ascii: "n"): "null"
        case nil: "the end of the file"
        default: "a number"
        }
    }

    /// The error for a value of the wrong kind; text that is not a JSON value at all is a syntax error.
    func mismatch(_ expected: String) -> PackDecodingError {
        guard let byte = scanner.current else { return .syntax(scanner.error("unexpected end of input; expected a value")) }
        let starts: [UInt8] = Array("{[\"tfn-0123456789".utf8)
        guard starts.contains(byte) else { return .syntax(scanner.error("unexpected \(scanner.describeCurrent()); expected a value")) }
        return shapeError("expected \(expected), found \(found)")
    }

    /// The error for a required key left out of the object just read.
    func missing(_ key: String) -> PackDecodingError {
        shapeError("the required key \"\(key)\" is missing")
    }

    // MARK: Containers

    mutating func beginObject() throws {
        scanner.skipWhitespace()
        guard scanner.current == UInt8(ascii: "{") else { throw mismatch("an object") }
        depth += 1
        guard depth <= maximumDepth else { throw scanner.error("arrays and objects are nested more than \(maximumDepth) deep") }
        scanner.index += 1
        frames.append((keys.count, false, true))
    }

    /// The next key of the open object (its path pushed), or `nil` at its end.
    mutating func nextKey() throws -> String? {
        var frame = frames[frames.count - 1]
        if frame.memberOpen { path.removeLast() }
        scanner.skipWhitespace()
        guard let byte = scanner.current else { throw scanner.error("unexpected end of input inside an object") }
        if byte == UInt8(ascii: "}") {
            scanner.index += 1
            keys.removeSubrange(frame.keysStart...)
            frames.removeLast()
            depth -= 1
            return nil
        }
        if !frame.first {
            guard byte == UInt8(ascii: ",") else { throw scanner.error("expected ',' or '}' after an object member, found \(scanner.describeCurrent())") }
            scanner.index += 1
            scanner.skipWhitespace()
        }
        guard scanner.current == UInt8(ascii: "\"") else {
            throw scanner.error(scanner.current == nil ? "unexpected end of input inside an object" : "expected a quoted key, found \(scanner.describeCurrent())")
        }
        let keyOffset = scanner.index
        let hash = scanner.hashOfString(at: keyOffset)
        let key = try scanner.parseString()
        scanner.skipWhitespace()
        guard scanner.current == UInt8(ascii: ":") else { throw scanner.error("expected ':' after the key \"\(key)\"") }
        scanner.index += 1
        scanner.skipWhitespace()
        path.append(.key(offset: keyOffset))
        if keys[frame.keysStart...].contains(hash) {
            duplicateKeys.append(KeyNote(path: pathString, offset: keyOffset))
        } else {
            keys.append(hash)
        }
        frame.first = false
        frame.memberOpen = true
        frames[frames.count - 1] = frame
        return key
    }

    /// Opens an array; `false` for `null`, read as an empty list.
    mutating func beginArray() throws -> Bool {
        scanner.skipWhitespace()
        if scanner.current == UInt8(ascii: "n") {
            try scanner.expectLiteral("null")
            return false
        }
        guard scanner.current == UInt8(ascii: "[") else { throw mismatch("an array") }
        depth += 1
        guard depth <= maximumDepth else { throw scanner.error("arrays and objects are nested more than \(maximumDepth) deep") }
        scanner.index += 1
        arrays.append((-1, true))
        return true
    }

    /// Moves to the next element of the open array (its index pushed); `false` at its end.
    mutating func nextElement() throws -> Bool {
        var array = arrays[arrays.count - 1]
        if array.index >= 0 { path.removeLast() }
        scanner.skipWhitespace()
        guard let byte = scanner.current else { throw scanner.error("unexpected end of input inside an array") }
        if byte == UInt8(ascii: "]") {
            scanner.index += 1
            arrays.removeLast()
            depth -= 1
            return false
        }
        if !array.first {
            guard byte == UInt8(ascii: ",") else { throw scanner.error("expected ',' or ']' after an array element, found \(scanner.describeCurrent())") }
            scanner.index += 1
            scanner.skipWhitespace()
        }
        array.first = false
        array.index += 1
        arrays[arrays.count - 1] = array
        path.append(.index(array.index))
        return true
    }

    /// Reads an array of `T`, `null` or a missing key reading as empty.
    mutating func list<T>(_ element: (inout ModelReader) throws -> T) throws -> [T] {
        guard try beginArray() else { return [] }
        var items: [T] = []
        while try nextElement() { items.append(try element(&self)) }
        return items
    }

    /// Notes a key the model does not have and steps over its value.
    mutating func unknown() throws {
        if case .key = path.last {
            unknownKeys.append(KeyNote(path: pathString, offset: scanner.index))
        }
        try skipValue()
    }

    mutating func skipValue() throws {
        scanner.skipWhitespace()
        switch scanner.current {
        case UInt8(ascii: "{"):
            try beginObject()
            while try nextKey() != nil { try skipValue() }
        case UInt8(ascii: "["):
            _ = try beginArray()
            while try nextElement() { try skipValue() }
        case UInt8(ascii: "\""): _ = try scanner.parseString()
        case UInt8(ascii: "t"): try scanner.expectLiteral("true")
        case UInt8(ascii: "f"): try scanner.expectLiteral("false")
        case UInt8(ascii: "n"): try scanner.expectLiteral("null")
        case nil: throw scanner.error("unexpected end of input; expected a value")
        default:
            guard let byte = scanner.current, byte == UInt8(ascii: "-") || scanner.isDigit(byte) else {
                throw scanner.error("unexpected \(scanner.describeCurrent()); expected a value")
            }
            _ = try scanner.parseNumber()
        }
    }
}
