import CorporateParenting
@testable import CPSEngine
@testable import CPSKit
import Foundation

/// Packs made in the test for the scale tests, too large to keep as fixtures: the validation sample with one
/// entry repeated thousands of times, or with thousands of entries that each break five rules, and folders of
/// starter packs.
enum ScalePacks {
    /// Where the sample's first priority keeps its entries; its third is the metric `sdq-completion`.
    static let priority = "sections[0].content[0].item.content"
    static let metric = "\(priority)[2].evidence"

    /// The sample with its metric entry repeated `copies` more times, each copy with the same id.
    static func repeatedMetric(_ copies: Int) throws -> String {
        var json = try JSONValueEncoder().encode(ValidationSample.pack)
        guard case .array(let entries)? = json.value(at: priority) else { throw CocoaError(.coderInvalidValue) }
        json = try unwrap(json.setting(priority, to: .array(entries + Array(repeating: entries[2], count: copies))))
        return JSONWriter.write(json)
    }

    /// The rules each of ``brokenMetrics(_:)``'s entries breaks: two errors and three warnings.
    static let brokenRules = ["percentage-out-of-range", "unknown-standard-measure", "unknown-key", "unknown-unit", "to-be-completed"]

    /// The sample with `count` more metrics, each with its own id, breaking the five ``brokenRules`` once each.
    static func brokenMetrics(_ count: Int) throws -> String {
        var json = try JSONValueEncoder().encode(ValidationSample.pack)
        guard case .array(let entries)? = json.value(at: priority) else { throw CocoaError(.coderInvalidValue) }
        let broken = (0..<count).map { number -> JSONValue in
            .object(JSONObject([("evidence", .object(JSONObject([
                ("id", .string("broken-\(number)")), ("kind", .string("metric")), ("purpose", .string("monitor")),
                ("text", .string("TO BE COMPLETED: metric \(number)")), ("unit", .string("pc")),
                ("standardMeasure", .string("placement-stabilty")),
                ("target", .object(JSONObject([("value", .number(120)), ("unit", .string("percent")), ("wording", .string("120%"))]))),
                ("unitx", .string("x")),
            ])))]))
        }
        json = try unwrap(json.setting(priority, to: .array(entries + broken)))
        return JSONWriter.write(json)
    }

    /// The id of the starter pack `number`: `council-00042`.
    static func councilID(_ number: Int) -> String {
        "council-" + String(repeating: "0", count: max(0, 5 - String(number).count)) + String(number)
    }

    /// `count` starter packs (`cps init`'s, each with 8 prompts still to be completed), each with its own id.
    static func starters(_ count: Int) throws -> [String] {
        let starter = CPSHarness.run(["init", "Scale Council", "--id", "scale-council"]).out
        guard starter.contains("\"scale-council\"") else { throw CocoaError(.fileReadCorruptFile) }
        return (0..<count).map { number in
            starter.replacingOccurrences(of: "\"scale-council\"", with: "\"\(councilID(number))\"")
                .replacingOccurrences(of: "\"Scale Council\"", with: "\"Council \(number)\"")
        }
    }

    /// A folder of `count` starter packs, `council-00000.json` onwards.
    static func starterFolder(_ count: Int) throws -> URL {
        let folder = try CPSHarness.temporaryFolder()
        for (number, text) in try starters(count).enumerated() {
            try text.write(to: folder.appendingPathComponent("\(councilID(number)).json"), atomically: false, encoding: .utf8)
        }
        return folder
    }

    /// One file holding an array of `count` starter packs.
    static func starterArray(_ count: Int) throws -> String {
        "[\n" + (try starters(count)).joined(separator: ",\n") + "]\n"
    }

    private static func unwrap(_ value: JSONValue?) throws -> JSONValue {
        guard let value else { throw CocoaError(.coderInvalidValue) }
        return value
    }
}
