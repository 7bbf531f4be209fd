import CorporateParenting
import Foundation
import Testing

/// No byte of a pack, a CSV file or an argument reaches a terminal as a control character: the real `cps` binary
/// shows each visibly (`\u{1B}`) in every format, and every message on standard error stays one line.
@Suite(.enabled(if: BadInputTests.binary != nil, "The cps binary is not built beside the tests."))
struct ControlCharacterTests {
    /// A window-title escape, a colour, a raw newline, a C1 control sequence introducer, a right-to-left override
    /// and DEL.
    static let hostile = "\u{1B}]0;TITLE\u{07} \u{1B}[31mRED\nNEXT \u{9B}2J \u{202E}DESREVER\u{7F}"

    /// A folder holding a pack with the hostile text in its name, title, a section, a priority, a commitment, an
    /// owner and a body.
    func hostilePack() throws -> URL {
        let pack = AuthorityPack(
            id: "hostile", name: "Evil \(Self.hostile)", ons: "E06000009", dfe: "890", region: "North West",
            document: StrategyDocument(title: "Strategy \(Self.hostile)", period: .years(2024, 2027))
        ) {
            Section("Priorities \(Self.hostile)") {
                Priority("voice", "Heard \(Self.hostile)", number: 1, principles: [2], domains: [.voice]) {
                    Commitment("Ask \(Self.hostile)", owner: "Owner \(Self.hostile)")
                }
            }
            Section("Governance") {
                Body(.board, "board", "Board \(Self.hostile)", roles: [.chair("Chair \(Self.hostile)")], meets: .quarterly)
            }
        }
        let folder = try CPSHarness.temporaryFolder()
        try PackCoding.json(pack).write(to: folder.appendingPathComponent("hostile.json"), atomically: true, encoding: .utf8)
        return folder
    }

    /// The scalars that must never be printed raw: C0 but newline (and the CR of CSV's CRLF), DEL, C1, the
    /// separators and the bidirectional controls.
    static func raw(_ text: String, allowingCR: Bool = false) -> [String] {
        text.unicodeScalars.filter { scalar in
            switch scalar.value {
            case 0x0A: false
            case 0x0D: !allowingCR
            case 0..<0x20, 0x7F, 0x80...0x9F, 0x2028...0x202E, 0x2066...0x2069: true
            default: false
            }
        }.map { "U+" + String($0.value, radix: 16, uppercase: true) }
    }

    func assertSafe(_ result: RealBinary.Result, _ label: String, visible: String = "u{1B}", sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status == 0, "\(label): \(result.error)", sourceLocation: sourceLocation)
        #expect(Self.raw(result.out, allowingCR: label.contains("csv")).isEmpty, "\(label) prints raw \(Self.raw(result.out))", sourceLocation: sourceLocation)
        #expect(Self.raw(result.error).isEmpty, "\(label) reports raw \(Self.raw(result.error))", sourceLocation: sourceLocation)
        #expect(result.out.contains(visible), "\(label) shows the escape visibly", sourceLocation: sourceLocation)
    }

    @Test func everyCommandAndFormatShowsControlsVisibly() throws {
        let folder = try hostilePack().path
        let commands: [([String], [String])] = [
            (["list"], ["text", "markdown", "csv", "json"]),
            (["show", "hostile"], ["text", "markdown", "csv", "json", "html"]),
            (["render", "hostile"], ["markdown", "html", "text"]),
            (["compare", "hostile", "sefton"], ["text", "markdown", "csv", "json"]),
        ]
        for (command, formats) in commands {
            for format in formats {
                let result = try RealBinary.run(command + ["--format", format, "--authority-path", folder])
                assertSafe(result, "\(command.joined(separator: " ")) --format \(format)", visible: format == "json" ? "\\u001b" : "u{1B}")
            }
        }
        let text = try RealBinary.run(["show", "hostile", "--authority-path", folder, "--format", "text"]).out
        #expect(text.contains("Evil \\u{1B}]0;TITLE\\u{07} \\u{1B}[31mRED"))
        #expect(text.contains("\\u{9B}2J \\u{202E}DESREVER\\u{7F}"))
        let csv = try RealBinary.run(["show", "hostile", "--authority-path", folder, "--format", "csv"]).out
        #expect(csv.contains("\"Heard \\u{1B}]0;TITLE\\u{07} \\u{1B}[31mRED\nNEXT \\u{9B}2J \\u{202E}DESREVER\\u{7F}\""), "a newline stays inside its quoted cell")
    }

    @Test func messagesQuotingHostileTextStayOneLine() throws {
        let unknown = try RealBinary.run(["show", "no\u{1B}[31m\none"])
        #expect(unknown.status == 1)
        #expect(unknown.error == "cps: No authority has the id \"no\\u{1B}[31m\\none\". See `cps list`.\n")

        let folder = try CPSHarness.temporaryFolder()
        let json = try String(contentsOf: try hostilePack().appendingPathComponent("hostile.json"), encoding: .utf8)
            .replacingOccurrences(of: "\"id\": \"voice\"", with: "\"id\": \"bad\\u001b]0;T\\u0007\\nid\"")
            .replacingOccurrences(of: "\"schemaVersion\"", with: "\"odd\\u001b[31m\\u009bkey\": 1,\n  \"schemaVersion\"")
        #expect(json.contains("bad\\u001b"))
        let file = folder.appendingPathComponent("evil\u{1B}[31m.json")
        try json.write(to: file, atomically: true, encoding: .utf8)

        let validate = try RealBinary.run(["validate", file.path])
        #expect(validate.status == 1)
        #expect(Self.raw(validate.out).isEmpty && Self.raw(validate.error).isEmpty)
        let findings = validate.out.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.isEmpty }
        #expect(findings.allSatisfy { $0.hasPrefix(folder.path + "/evil\\u{1B}[31m.json") || $0.contains("file checked") }, "each finding on one line: \(findings)")
        #expect(validate.out.contains("The id \"bad\\u{1B}]0;T\\u{07}\\nid\""))
        #expect(validate.out.contains("odd\\u{1B}[31m\\u{9B}key"))

        let list = try RealBinary.run(["list", "--authority-path", folder.path])
        #expect(list.status == 65)
        #expect(Self.raw(list.error).isEmpty)
        #expect(list.error.split(separator: "\n").count == 1, "one line: \(list.error)")
        #expect(list.error.contains("evil\\u{1B}[31m.json") && list.error.contains("bad\\u{1B}]0;T\\u{07}\\nid"))
    }

    /// A DfE CSV with hostile cells: escapes, CRLF and C1 in a name, formulas, non-numbers that start with `-`.
    func hostileCSV(value: String = "12") throws -> String {
        let header = "time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,la_name,new_la_code,children_percent"
        let prefix = "2025,Reporting year,Local authority,E92000001,England,E12000002"
        let rows = [
            "\(prefix),North West,343,\"Sefton \u{1B}]0;TITLE\u{07} \u{1B}[31mRED\r\nNEXT \u{9B}2J\",E08000014,10",
            "\(prefix),\"=cmd|' /C calc'!A0\",344,-Infinity,E08000015,11",
            "\(prefix),-0x1A,345,\u{0}nul,E08000016,\(value)",
            "\(prefix),-1e3,346,\"\nnewline\",E08000017,-3.5",
        ]
        let file = try CPSHarness.temporaryFolder().appendingPathComponent("hostile\u{1B}[2J.csv")
        try ([header] + rows).map { $0 + "\r\n" }.joined().write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    @Test func statsQueryShowsHostileCellsSafely() throws {
        let file = try hostileCSV()
        for format in ["text", "markdown", "csv", "json"] {
            assertSafe(try RealBinary.run(["stats", "query", file, "--value", "children_percent", "--format", format]), "stats query --format \(format)",
                       visible: format == "json" ? "\\u001b" : "u{1B}")
        }
        let csv = try RealBinary.run(["stats", "query", file, "--value", "children_percent", "--format", "csv"]).out
        for neutralised in [",'-Infinity,'=cmd|", ",'-0x1A,", ",\\u{00}nul,", "\"'\nnewline\",-1e3,-3.5,"] {
            #expect(csv.contains(neutralised), "\(neutralised) in \(csv)")
        }
        let bad = try RealBinary.run(["stats", "query", try hostileCSV(value: "\"t\u{1B}[31m\nen\""), "--value", "children_percent"])
        #expect(bad.status == 65)
        #expect(Self.raw(bad.error).isEmpty)
        #expect(bad.error.split(separator: "\n").count == 1, "one line: \(bad.error)")
        #expect(bad.error.contains("hostile\\u{1B}[2J.csv") && bad.error.contains("\"t\\u{1B}[31m\\nen\""))
    }
}
