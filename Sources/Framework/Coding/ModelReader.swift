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

    // MARK: Scalars

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

/// A text noted while reading a pack: blank, or still to be completed.
public struct FlaggedText: Equatable, Sendable {
    /// The marker `cps init` writes where a council's own words belong.
    public static let marker = "TO BE COMPLETED"

    /// The text's path, such as `priorities[0].title`.
    public var path: String
    /// The key it is under (for an element of a list, the list's key).
    public var key: String
    /// The text.
    public var text: String

    /// Creates a note.
    public init(path: String, key: String, text: String) {
        self.path = path
        self.key = key
        self.text = text
    }
}

/// A key noted while reading a pack, with its path and byte offset.
public struct KeyNote: Equatable, Sendable {
    /// The key's path, such as `priorities[0].titel`.
    public var path: String
    /// Where its value (or, for a repeated key, the key) starts.
    public var offset: Int

    /// Creates a note.
    public init(path: String, offset: Int) {
        self.path = path
        self.offset = offset
    }
}
