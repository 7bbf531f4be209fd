/// Decodes any `Decodable` from JSON bytes in one pass, and reports what validation needs: unknown and repeated
/// keys, every string read with its path, and where each value starts.
///
/// The bytes are read once into a compact tape that keeps each value's byte offset; the value is decoded from
/// the tape. Its rules: a missing (or `null`) key whose type is ``DefaultWhenMissing``
/// (every array) reads as its default, integers must be whole, a key given twice reads as its last value.
/// Errors name the place by JSON path, line and column; a missing key is reported at the object that lacks it.
/// Decoding carries on past an error where it can (an array element is skipped, an array or optional value read as
/// empty), so one run reports every error it can reach, in file order, as ``PackDecodingError/several(_:)``.
///
/// ```swift
/// let (pack, report) = try PackDecoder().decode(AuthorityPack.self, from: bytes)
/// for note in report.unknownKeys { print("unknown key", note.path) }
/// ```
public struct PackDecoder {
    /// Which decoded strings the report notes with their paths; `nil` notes every one.
    public var noting: (@Sendable (String) -> Bool)?

    /// Creates a decoder that notes every string it decodes, or only those for which `noting` is true (noting
    /// a path for every string of a large file costs more than decoding it).
    public init(noting: (@Sendable (String) -> Bool)? = nil) {
        self.noting = noting
    }

    /// Decodes a `T` from a file holding one JSON value.
    public func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws(PackDecodingError) -> (value: T, report: DecodingReport) {
        let state = try read(bytes)
        let value = try Self.decode(type, node: 0, path: [], state: state, bytes: bytes)
        try Self.checkProblems(state.decoding, bytes: bytes)
        return (value, Self.report(state, bytes: bytes))
    }

    /// Decodes a file holding either one `T` or a non-empty JSON array of them, each with its place in the file:
    /// `""` for a single value, `"[0]"`, `"[1]"`, ... for elements. `T` must not itself decode from an array.
    /// An empty array is an error saying the file holds an empty array, not `noun` ("a pack").
    public func decodeOneOrMany<T: Decodable>(_ type: T.Type, from bytes: [UInt8], noun: String = "a value") throws(PackDecodingError) -> (values: [(place: String, value: T)], report: DecodingReport) {
        let state = try read(bytes)
        let root = state.decoding.tape.nodes[0]
        var values: [(place: String, value: T)] = []
        if root.kind == .array {
            guard root.payload > 0 else {
                throw .shape(path: "", reason: "the file holds an empty array, not \(noun)", position: TextPosition(offset: root.offset, in: bytes))
            }
            var child = 1
            for index in 0..<root.payload {
                // Each pack is decoded even when one before it cannot be, so every pack's errors are reported.
                if let value = Self.attempt(type, node: child, path: [IndexKey(index)], state: state.decoding) {
                    values.append(("[\(index)]", value))
                }
                child = state.decoding.tape.end(of: child)
            }
        } else {
            values.append(("", try Self.decode(type, node: 0, path: [], state: state, bytes: bytes)))
        }
        try Self.checkProblems(state.decoding, bytes: bytes)
        return (values, Self.report(state, bytes: bytes))
    }

    private func read(_ bytes: [UInt8]) throws(PackDecodingError) -> (decoding: TapeDecodingState, duplicates: [Int]) {
        do {
            let (tape, duplicates) = try JSONTapeBuilder.build(bytes)
            return (TapeDecodingState(tape: tape, noting: noting), duplicates)
        } catch {
            throw .syntax(error)
        }
    }

    /// Decodes the value at `node`, throwing every error noted on the way.
    private static func decode<T: Decodable>(_ type: T.Type, node: Int, path: [any CodingKey], state: (decoding: TapeDecodingState, duplicates: [Int]), bytes: [UInt8]) throws(PackDecodingError) -> T {
        let value = attempt(type, node: node, path: path, state: state.decoding)
        try checkProblems(state.decoding, bytes: bytes)
        return value!
    }

    /// Decodes the value at `node`, or notes why it cannot be decoded and gives `nil`.
    private static func attempt<T: Decodable>(_ type: T.Type, node: Int, path: [any CodingKey], state: TapeDecodingState) -> T? {
        do {
            return try TapeDecoder(state: state, node: node, codingPath: path).decode(type)
        } catch {
            state.note(error, at: node)
            return nil
        }
    }

    /// Throws the errors noted while decoding, if any: the one, or all of them in file order.
    private static func checkProblems(_ state: TapeDecodingState, bytes: [UInt8]) throws(PackDecodingError) {
        guard !state.problems.isEmpty else { return }
        let tape = state.tape
        let errors = state.problems.sorted { tape.nodes[$0.node].offset < tape.nodes[$1.node].offset }.map { problem -> PackDecodingError in
            switch problem.error {
            case let error as DecodingError: return shapeError(error, tape: tape, bytes: bytes)
            case let error as PackDecodingError: return error
            default:
                let path = tape.paths(to: [problem.node]).first ?? ""
                return .shape(path: path, reason: "\(problem.error)", position: TextPosition(offset: tape.nodes[problem.node].offset, in: bytes))
            }
        }
        throw errors.count == 1 ? errors[0] : .several(errors)
    }

    private static func report(_ state: (decoding: TapeDecodingState, duplicates: [Int]), bytes: [UInt8]) -> DecodingReport {
        let (decoding, duplicates) = state
        let tape = decoding.tape
        return DecodingReport(
            tape: tape,
            unknownKeys: decoding.unknownKeys(),
            duplicateKeys: zip(duplicates, tape.paths(to: duplicates)).map { KeyNote(path: $1, offset: tape.nodes[$0].offset) },
            strings: decoding.strings,
            askLog: decoding.askLog
        )
    }

    /// The error for a decoding error, placed at the value its coding path leads to (the deepest value on the
    /// way, when the path goes past the file's values).
    static func shapeError(_ error: DecodingError, tape: JSONTape, bytes: [UInt8]) -> PackDecodingError {
        let codingPath: [any CodingKey], reason: String
        switch error {
        case .keyNotFound(let key, let context):
            codingPath = context.codingPath
            reason = "the required key \"\(key.stringValue)\" is missing"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            codingPath = context.codingPath
            reason = context.debugDescription.droppingFinalPeriod().lowercasingFirst()
        @unknown default:
            return .shape(path: "", reason: "\(error)", position: nil)
        }
        let node = tape.follow(JSONTape.steps(of: codingPath)).node
        return .shape(path: JSONPath.string(codingPath), reason: reason, position: TextPosition(offset: tape.nodes[node].offset, in: bytes))
    }
}
