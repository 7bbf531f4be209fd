import CorporateParenting
import CPSKit

/// Packs for timing validation against the number of findings: the first synthetic pack (clean) with a section
/// of extra evidence added.
///
/// - Repeated: one metric given `findings` more times with the same id, so each copy is a `duplicate-id` error.
/// - Mixed: `findings / 5` metrics, each with its own id, breaking five rules once each: two errors
///   (`percentage-out-of-range`, `unknown-standard-measure`) and three warnings (`unknown-key`, `unknown-unit`,
///   `to-be-completed`).
enum FindingsCorpus {
    /// The two kinds of pack.
    enum Kind: String, CaseIterable {
        case repeated, mixed

        /// How many of a pack's findings are errors.
        func errors(_ findings: Int) -> Int { self == .repeated ? findings : findings / 5 * 2 }
    }

    /// The pack's JSON.
    static func json(_ kind: Kind, findings: Int) -> String {
        var pack = try! JSONValueEncoder().encode(SyntheticCorpus.pack(0))
        guard case .object(var root) = pack, case .array(var sections)? = root["sections"] else { fatalError("not a pack") }
        let entries: [JSONValue]
        switch kind {
        case .repeated:
            entries = Array(repeating: evidence([("id", .string("repeated-metric")), ("text", .string("Placement stability."))]), count: findings + 1)
        case .mixed:
            entries = (0..<findings / 5).map { number in
                evidence([
                    ("id", .string("broken-\(number)")), ("text", .string("TO BE COMPLETED: metric \(number)")), ("unit", .string("pc")),
                    ("standardMeasure", .string("placement-stabilty")),
                    ("target", .object(JSONObject([("value", .number(120)), ("unit", .string("percent")), ("wording", .string("120%"))]))),
                    ("unitx", .string("x")),
                ])
            }
        }
        sections.append(.object(JSONObject([("id", .string("findings")), ("heading", .string("Findings")), ("content", .array(entries))])))
        root["sections"] = .array(sections)
        pack = .object(root)
        return JSONWriter.write(pack) + "\n"
    }

    /// An evidence entry: a metric the strategy monitors, with `members` besides.
    static func evidence(_ members: [(String, JSONValue)]) -> JSONValue {
        let base: [(key: String, value: JSONValue)] = [("kind", .string("metric")), ("purpose", .string("monitor"))]
        return .object(JSONObject([("evidence", .object(JSONObject(base + members.map { (key: $0.0, value: $0.1) })))]))
    }
}
