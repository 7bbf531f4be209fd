import Foundation
import Testing

/// The bad-input corpus: every case runs the real `cps` binary in a fresh folder and checks that it exits with the
/// expected status, says one sentence naming the file (and, for packs, the JSON path), writes nothing, and does not
/// crash. Its packs are schema version 2, except 38 and 39, version 1 files that cps reads as upgraded.
@Suite struct BadInputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var arguments: [String]
        var status: Int32
        var mentions: [String]
        var environment: [String: String] = [:]
        var testDescription: String { name }
    }

    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus")

    /// The `cps` built beside the test bundle.
    static let binary: URL? = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("cps")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        let debug = Subprocess.root.appendingPathComponent(".build/debug/cps")
        return FileManager.default.isExecutableFile(atPath: debug.path) ? debug : nil
    }()

    static func validate(_ file: String, _ status: Int32, _ mentions: String...) -> Case {
        Case(name: "validate \(file)", arguments: ["validate", "{corpus}/\(file)"], status: status,
             mentions: (status == 0 ? ["1 file checked: 0 errors"] : ["{corpus}/\(file)"]) + mentions)
    }

    static func load(_ file: String, _ status: Int32, _ mentions: String...) -> Case {
        Case(name: "list --authority-path \(file)", arguments: ["list", "--authority-path", "{corpus}/\(file)"], status: status,
             mentions: (status == 0 ? ["Corpus"] : ["{corpus}/\(file)"]) + mentions)
    }

    static func query(_ file: String, _ mentions: String...) -> Case {
        Case(name: "stats query \(file)", arguments: ["stats", "query", "{corpus}/\(file)", "--value", "children_percent"], status: 65, mentions: ["{corpus}/\(file)"] + mentions)
    }

    /// Paths into the corpus's clean pack (00-clean.json): its first priority, its second, the metric under the
    /// first priority's outcome, and a governance body.
    static let voice = "sections[0].content[0].item", homes = "sections[0].content[1].item"
    static let metric = "\(voice).content[1].item.content[0].evidence"
    static func body(_ index: Int) -> String { "sections[1].content[\(index)].body" }

    /// The warning every version 1 pack (read as upgraded) gets.
    static let upgradedNote = "[schema-version-1] schemaVersion: The file is schema version 1, read as upgraded to version 2"

    static let packCases: [Case] = [
        validate("00-clean.json", 0),
        validate("01-malformed-missing-brace.json", 65, "line 161, column 1", "unexpected end of input inside an object"),
        validate("02-trailing-comma.json", 65, "line 9, column 26", "expected a quoted key"),
        validate("03-name-is-a-number.json", 65, "at name (line 4, column 11)", "expected a string, found a number"),
        validate("04-sections-is-an-object.json", 65, "at sections (line 18, column 15)", "expected an array, found an object"),
        validate("05-principle-is-a-string.json", 65, "at \(voice).mappings[0].principles[0] (line 32, column 19)",
                 "expected a whole number, found a string"),
        validate("06-missing-id.json", 65, "at the top level", "the required key \"id\" is missing"),
        validate("07-missing-document.json", 65, "at the top level", "the required key \"document\" is missing"),
        validate("08-item-missing-title.json", 65, "at \(homes) (line 84, column 19)", "the required key \"title\" is missing"),
        validate("09-unknown-principle.json", 1, ":33:19: error [unknown-principle] \(voice).mappings[0].principles[1]: There is no principle 9"),
        validate("10-principle-zero.json", 1, ":92:19: error [unknown-principle] \(homes).mappings[0].principles[0]: There is no principle 0"),
        validate("11-unknown-domain.json", 1, "[unknown-domain] \(voice).mappings[0].domains[0]: There is no domain \"housing\""),
        validate("12-unknown-standard-measure.json", 1, "\(metric).standardMeasure", "There is no standard measure \"sdq-done\""),
        validate("13-duplicate-item-ids.json", 1, "[duplicate-id] \(homes).id: The item id \"voice\" is used already, at \(voice)."),
        validate("14-duplicate-evidence-ids.json", 1, "[duplicate-id] \(homes).content[0].evidence.id: The evidence id \"sdq\" is used already"),
        validate("15-working-group-serves-missing-item.json", 1, "[unresolved-reference] \(body(1)).serves[0]", "the item \"nowhere\""),
        validate("16-body-reports-to-missing-body.json", 1, "[unresolved-reference] \(body(1)).reportsTo[0].body", "the body \"nowhere\""),
        validate("17-period-ends-before-start.json", 1, "[invalid-period] document.period.end"),
        validate("18-invalid-date.json", 65, "at document.reviewDate (line 17, column 19)", "YYYY, YYYY-MM or YYYY-MM-DD"),
        validate("19-percentage-over-100.json", 1, "\(metric).figures[0].value", "188 is not a percentage between 0 and 100"),
        validate("20-negative-percentage.json", 1, "[percentage-out-of-range] \(metric).target.value"),
        validate("21-nan.json", 65, "line 69, column 38", "unexpected 'N'"),
        validate("22-infinity.json", 65, "line 69, column 38", "unexpected 'I'"),
        validate("23-number-out-of-range.json", 65, "line 69, column 38", "the number 1e999 is out of range"),
        validate("24-empty.json", 65, "the file is empty"),
        validate("25-binary-noise.json", 65, "line 1, column 1"),
        validate("26-invalid-utf8.json", 65, "line 4, column 11", "not valid UTF-8"),
        validate("27-deep-nesting.json", 65, "nested more than 128 deep"),
        validate("28-duplicate-keys.json", 1, ":10:13: error [duplicate-key] region"),
        validate("29-empty-array.json", 65, "an empty array, not a pack"),
        validate("30-top-level-string.json", 65, "at the top level", "expected an object, found a string"),
        validate("31-schema-version-3.json", 1, "[unsupported-schema-version] schemaVersion", "schema version 3"),
        validate("32-id-with-spaces.json", 1, ":3:9: error [invalid-id] id:"),
        validate("33-inverted-age-range.json", 1, "[invalid-age-range] \(body(2)).ages"),
        validate("34-target-without-value-or-direction.json", 1, "[empty-target] \(metric).target"),
        validate("35-byte-order-mark.json", 0),
        validate("36-unknown-scope.json", 65, "at \(metric).figures[0].scope (line 71, column 38)", "world"),
        validate("37-fractional-principle.json", 65, "at \(voice).mappings[0].principles[0] (line 32, column 19)", "expected a whole number, found 2.5"),
        validate("38-version-1-pack.json", 0, upgradedNote),
        validate("39-version-1-unknown-principle.json", 1, "[unknown-principle] \(voice).mappings[0].principles[1]", upgradedNote),
        load("01-malformed-missing-brace.json", 65, "line 161, column 1"),
        load("09-unknown-principle.json", 65, "at \(voice).mappings[0].principles[1] (line 33, column 19)", "[unknown-principle]"),
        load("13-duplicate-item-ids.json", 65, "at \(homes).id (line 85, column 19)", "[duplicate-id]"),
        load("25-binary-noise.json", 65),
        load("37-fractional-principle.json", 65, "at \(voice).mappings[0].principles[0] (line 32, column 19)"),
        load("38-version-1-pack.json", 0),
        load("39-version-1-unknown-principle.json", 65, "at \(voice).mappings[0].principles[1] of the schema version 1 pack as upgraded to version 2: ", "[unknown-principle]"),
    ]

    static let csvCases: [Case] = [
        query("40-ragged-rows.csv", "line 3", "the row has 15 fields but the header has 14"),
        query("41-unterminated-quote.csv", "line 3", "a quoted field is not closed"),
        query("42-no-header.csv", "line 1", "the file is empty"),
        query("43-not-tidy.csv", "no time_period column"),
        query("44-bad-value.csv", "line 3", "the value \"ten\" in children_percent"),
        query("45-binary-noise.csv"),
        query("46-quote-inside-field.csv", "line 2", "a quote appears inside an unquoted field"),
        query("47-invalid-utf8.csv", "line 2", "not valid UTF-8"),
        Case(name: "benchmark --stats ragged", arguments: ["benchmark", "--stats", "{corpus}/40-ragged-rows.csv"], status: 65, mentions: ["{corpus}/40-ragged-rows.csv", "line 3"]),
        Case(name: "benchmark --stats not tidy", arguments: ["benchmark", "--stats", "{corpus}/43-not-tidy.csv"], status: 65, mentions: ["{corpus}/43-not-tidy.csv", "time_period"]),
        Case(name: "benchmark --neighbours wrong layout", arguments: ["benchmark", "--neighbours", "{corpus}/48-neighbours-wrong-layout.csv"], status: 65, mentions: ["{corpus}/48-neighbours-wrong-layout.csv", "old_la_code"]),
    ]

    static let commandLineCases: [Case] = [
        Case(name: "unknown option", arguments: ["show", "sefton", "--colour"], status: 64, mentions: ["has no option --colour"]),
        Case(name: "missing option value", arguments: ["coverage", "--by"], status: 64, mentions: ["--by needs a value"]),
        Case(name: "unknown command", arguments: ["frobnicate"], status: 64, mentions: ["There is no command \"frobnicate\""]),
        Case(name: "unknown format", arguments: ["list", "--format", "xml"], status: 64, mentions: ["The format \"xml\""]),
        Case(name: "bad date", arguments: ["gaps", "sefton", "--as-of", "31/12/2025"], status: 64, mentions: ["31/12/2025"]),
        Case(name: "bad size limit", arguments: ["list", "--max-pack-bytes", "-1"], status: 64, mentions: ["not a positive number of bytes"]),
        Case(name: "bad dimension", arguments: ["coverage", "--by", "colour"], status: 64, mentions: ["colour"]),
        Case(name: "bad coverage row", arguments: ["coverage", "--explain", "voise"], status: 64, mentions: ["not \"voise\"", "did you mean \"voice\"?"]),
        Case(name: "missing file", arguments: ["validate", "{dir}/nope.json"], status: 66, mentions: ["{dir}/nope.json", "no such file or folder"]),
        Case(name: "size limit", arguments: ["validate", "--max-pack-bytes", "100", "{corpus}/00-clean.json"], status: 65, mentions: ["{corpus}/00-clean.json", "more than the limit of 100 bytes"]),
        Case(name: "size limit from the environment", arguments: ["list", "--authority-path", "{corpus}/00-clean.json"], status: 65,
             mentions: ["{corpus}/00-clean.json", "limit of 100 bytes"], environment: ["CPS_MAX_PACK_BYTES": "100"]),
        Case(name: "existing output", arguments: ["export", "sefton", "--output", "{dir}/existing.json"], status: 73, mentions: ["{dir}/existing.json", "add --force"]),
        Case(name: "output is a folder", arguments: ["report", "--output", "{dir}/folder"], status: 73, mentions: ["{dir}/folder", "it is a folder"]),
        Case(name: "output in a missing folder", arguments: ["render", "sefton", "--output", "{dir}/missing/sefton.md"], status: 73, mentions: ["{dir}/missing/sefton.md", "no such file or folder"]),
        Case(name: "init over an existing file", arguments: ["init", "Blackpool Council", "--output", "{dir}/existing.json"], status: 73, mentions: ["{dir}/existing.json"]),
        Case(name: "folder as pack file", arguments: ["validate", "{dir}/folder"], status: 66, mentions: ["{dir}/folder", "holds no .json files"]),
        Case(name: "folder as plugin", arguments: ["list", "--plugin", "{dir}/folder"], status: 66, mentions: ["{dir}/folder", "it is a folder"]),
        Case(name: "folder as statistics", arguments: ["stats", "query", "{dir}/folder", "--value", "v"], status: 66, mentions: ["{dir}/folder", "it is a folder"]),
        Case(name: "symlink loop in an authority path", arguments: ["list", "--authority-path", "{dir}/loop"], status: 66, mentions: ["{dir}/loop/a.json", "loop of symbolic links"]),
        Case(name: "symlink loop as a pack", arguments: ["validate", "{dir}/loop/a.json"], status: 66, mentions: ["{dir}/loop/a.json", "loop of symbolic links"]),
        Case(name: "unreadable file", arguments: ["validate", "{unreadable}"], status: 66, mentions: ["{unreadable}"]),
        Case(name: "empty output path", arguments: ["export", "sefton", "--output", ""], status: 64, mentions: ["The --output path is empty"]),
        Case(name: "init with an id that is a path", arguments: ["init", "Blackpool Council", "--id", "../x", "--output", "{dir}/x.json"], status: 64,
             mentions: ["The id \"../x\" is not a valid id: it has the character \".\""]),
    ]

    /// Named pipes and devices where files are expected: each is refused at once, without being waited on.
    static let specialFileCases: [Case] = [
        Case(name: "named pipe as a pack", arguments: ["validate", "{dir}/pipes/pipe.json"], status: 66,
             mentions: ["{dir}/pipes/pipe.json: cannot be read: it is a named pipe (FIFO), not a file or folder."]),
        Case(name: "named pipe in an authority path", arguments: ["list", "--authority-path", "{dir}/pipes"], status: 66,
             mentions: ["cps: Cannot read {dir}/pipes/pipe.json: it is a named pipe (FIFO), not a file."]),
        Case(name: "named pipe in CPS_AUTHORITY_PATH", arguments: ["list"], status: 66,
             mentions: ["cps: Cannot read {dir}/pipes/pipe.json: it is a named pipe (FIFO), not a file."], environment: ["CPS_AUTHORITY_PATH": "{dir}/pipes"]),
        Case(name: "named pipe in a folder to validate", arguments: ["validate", "{dir}/pipes"], status: 66,
             mentions: ["{dir}/pipes/pipe.json: cannot be read: it is a named pipe (FIFO), not a file."]),
        Case(name: "named pipe as a plugin", arguments: ["list", "--plugin", "{dir}/pipes/pipe.json"], status: 66,
             mentions: ["cps: Cannot read {dir}/pipes/pipe.json: it is a named pipe (FIFO), not a file."]),
        Case(name: "named pipe as statistics", arguments: ["stats", "query", "{dir}/pipes/pipe.json", "--value", "v"], status: 66,
             mentions: ["cps: Cannot read {dir}/pipes/pipe.json: it is a named pipe (FIFO), not a file."]),
        Case(name: "named pipe as neighbours", arguments: ["benchmark", "--neighbours", "{dir}/pipes/pipe.json"], status: 66,
             mentions: ["cps: Cannot read {dir}/pipes/pipe.json: it is a named pipe (FIFO), not a file."]),
        Case(name: "named pipe to migrate", arguments: ["migrate", "{dir}/pipes/pipe.json"], status: 66,
             mentions: ["cps: Cannot read {dir}/pipes/pipe.json: it is a named pipe (FIFO), not a file."]),
        Case(name: "device as statistics", arguments: ["stats", "query", "/dev/zero", "--value", "v"], status: 66,
             mentions: ["cps: Cannot read /dev/zero: it is a character device, not a file."]),
        Case(name: "device as a plugin", arguments: ["list", "--plugin", "/dev/zero"], status: 66,
             mentions: ["cps: Cannot read /dev/zero: it is a character device, not a file."]),
    ]

    /// A folder with an existing file, an empty folder, a symbolic-link loop, an unreadable file and a folder
    /// holding a named pipe called `pipe.json`.
    func workspace() throws -> (URL, String) {
        let dir = try CPSHarness.temporaryFolder()
        let manager = FileManager.default
        try "keep me".write(to: dir.appendingPathComponent("existing.json"), atomically: true, encoding: .utf8)
        try manager.createDirectory(at: dir.appendingPathComponent("folder"), withIntermediateDirectories: false)
        try manager.createDirectory(at: dir.appendingPathComponent("loop"), withIntermediateDirectories: false)
        try manager.createSymbolicLink(atPath: dir.appendingPathComponent("loop/a.json").path, withDestinationPath: "b.json")
        try manager.createSymbolicLink(atPath: dir.appendingPathComponent("loop/b.json").path, withDestinationPath: "a.json")
        try manager.createDirectory(at: dir.appendingPathComponent("pipes"), withIntermediateDirectories: false)
        guard mkfifo(dir.appendingPathComponent("pipes/pipe.json").path, 0o644) == 0 else { throw CocoaError(.fileWriteUnknown) }
        var unreadable = dir.appendingPathComponent("unreadable.json").path
        try "{}".write(toFile: unreadable, atomically: true, encoding: .utf8)
        if getuid() == 0 {
            // Permissions do not stop root; /proc/self/mem opens but cannot be read from its start.
            unreadable = "/proc/self/mem"
        } else {
            try manager.setAttributes([.posixPermissions: 0], ofItemAtPath: unreadable)
        }
        return (dir, unreadable)
    }

    /// Every file under `folder` with its size and modification time.
    func listing(_ folder: URL) -> [String] {
        let manager = FileManager.default
        let paths = (manager.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []).sorted()
        return paths.map { path in
            let attributes = (try? manager.attributesOfItem(atPath: folder.appendingPathComponent(path).path)) ?? [:]
            return "\(path) \(attributes[.size] ?? "") \(attributes[.modificationDate] ?? "")"
        }
    }

    @Test(.enabled(if: binary != nil, "The cps binary is not built beside the tests."), arguments: packCases + csvCases + commandLineCases + specialFileCases)
    func failsCleanly(_ input: Case) throws {
        let (dir, unreadable) = try workspace()
        let substitute = { (text: String) in
            text.replacingOccurrences(of: "{corpus}", with: Self.corpus.path).replacingOccurrences(of: "{dir}", with: dir.path)
                .replacingOccurrences(of: "{unreadable}", with: unreadable)
        }
        let before = listing(dir), corpusBefore = listing(Self.corpus)
        let process = Process()
        guard let binary = Self.binary else { return }
        process.executableURL = binary
        process.arguments = input.arguments.map(substitute)
        process.currentDirectoryURL = dir
        process.environment = ["PATH": "/usr/bin:/bin", "SWIFT_BACKTRACE": "enable=no"].merging(input.environment.mapValues(substitute)) { $1 }
        let out = dir.appendingPathComponent("..").appendingPathComponent("\(dir.lastPathComponent).out")
        let error = dir.appendingPathComponent("..").appendingPathComponent("\(dir.lastPathComponent).err")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: error.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: error)
        try process.run()
        // A run that waits (on a named pipe, say) is stopped, and fails the case, rather than hanging the suite.
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        let waited = process.isRunning
        if waited { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        #expect(!waited, "cps was still running after a minute")
        let printed = (try String(contentsOf: out, encoding: .utf8)) + (try String(contentsOf: error, encoding: .utf8))
        #expect(process.terminationReason == .exit, "crashed: \(printed)")
        #expect(process.terminationStatus == input.status, "\(printed)")
        for mention in input.mentions.map(substitute) {
            #expect(printed.contains(mention), "\(printed) should mention \(mention)")
        }
        if input.status != 0, input.arguments.first != "validate" {
            let messages = (try String(contentsOf: error, encoding: .utf8)).split(separator: "\n")
            #expect(messages.count == 1, "one sentence: \(messages)")
        }
        #expect(listing(dir) == before, "nothing is written")
        #expect(listing(Self.corpus) == corpusBefore)
        #expect(try String(contentsOf: dir.appendingPathComponent("existing.json"), encoding: .utf8) == "keep me")
    }

    @Test func theCorpusHasAtLeastFortyBadInputs() {
        #expect(Self.packCases.count + Self.csvCases.count + Self.commandLineCases.count + Self.specialFileCases.count >= 40)
    }
}
