/// Reads JSON text (RFC 8259) into a ``JSONValue``.
///
/// It works on bytes, rejects what JSON rejects (NaN, trailing commas, comments, invalid UTF-8, lone surrogates),
/// tolerates a leading UTF-8 byte-order mark, limits nesting so hostile input cannot exhaust the stack, and says
/// where a text goes wrong by line and column. The grammar is ``PackDecoder``'s, in one place: the text is read into
/// the decoder's tape and the tree is made from that.
///
/// ```swift
/// let value = try JSONParser.parse(Array(#"{"id": "sefton"}"#.utf8))
/// ```
public enum JSONParser {
    /// The deepest nesting of arrays and objects accepted.
    public static let defaultMaximumDepth = 128

    /// Parses a complete JSON text. A key given twice in one object is kept twice, in order (``JSONObject``'s
    /// subscript reads the last, as the decoder does).
    public static func parse(_ bytes: [UInt8]) throws -> JSONValue {
        let (tape, _) = try JSONTapeBuilder.build(bytes)
        return tape.value(at: 0)
    }
}

extension JSONTape {
    /// The value at node `index` as a tree.
    func value(at index: Int) -> JSONValue {
        let node = nodes[index]
        switch node.kind {
        case .null: return .null
        case .bool: return .bool(node.payload != 0)
        case .number: return .number(number(index))
        case .string, .key: return .string(string(index))
        case .array:
            var elements: [JSONValue] = []
            elements.reserveCapacity(node.payload)
            var child = index + 1
            while child < node.end {
                elements.append(value(at: child))
                child = nodes[child].end
            }
            return .array(elements)
        case .object:
            return .object(JSONObject(members(of: index).map { (string($0.key), value(at: $0.value)) }))
        }
    }
}
