import BuiltInAuthorities
import CorporateParenting
import CPSEngine
import CPSKit
import Foundation
import Testing

/// The pack's JSON Schema (`schema/authority-pack.schema.json`) agrees with the model and the framework, and an
/// independent validator (Python's jsonschema) accepts every exported pack.
@Suite struct SchemaTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let schemaURL = root.appendingPathComponent("schema/authority-pack.schema.json")

    func schema() throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: Self.schemaURL)) as? [String: Any])
    }

    @Test func isWhatCpsSchemaWrites() throws {
        let file = try String(contentsOf: Self.schemaURL, encoding: .utf8)
        #expect(file == (try SchemaCommand.text()), "schema/authority-pack.schema.json is out of date: run `swift run cps schema --output schema/authority-pack.schema.json --force`")
    }

    @Test func isDraft202012AndListsTheFrameworksIDs() throws {
        let schema = try schema()
        #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        let defs = try #require(schema["$defs"] as? [String: Any])
        let mapping = try #require((defs["Mapping"] as? [String: Any])?["properties"] as? [String: Any])
        let domains = ((mapping["domains"] as? [String: Any])?["items"] as? [String: Any])?["enum"] as? [String]
        #expect(domains == OutcomeFramework.standard.domains.map(\.id.rawValue))
        let evidence = try #require((defs["Evidence"] as? [String: Any])?["properties"] as? [String: Any])
        let measures = (evidence["standardMeasure"] as? [String: Any])?["enum"] as? [String]
        #expect(measures == OutcomeFramework.standard.measures.map(\.id.rawValue))
    }

    @Test func theFullFixtureSetsEveryPropertyOfTheSchemaAndRoundTrips() throws {
        let text = try PackCoding.json(FullPackFixture.pack)
        #expect(try PackCoding.decodePack(Array(text.utf8)) == FullPackFixture.pack)
        let errors = PackValidator.validate(FullPackFixture.pack).filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors)")
        var used: Set<String> = []
        func keys(_ value: Any) {
            if let object = value as? [String: Any] {
                for (key, child) in object { used.insert(key); keys(child) }
            } else if let array = value as? [Any] {
                array.forEach(keys)
            }
        }
        keys(try JSONSerialization.jsonObject(with: Data(text.utf8)))
        let defs = try #require(try schema()["$defs"] as? [String: Any])
        for (name, definition) in defs {
            for property in ((definition as? [String: Any])?["properties"] as? [String: Any] ?? [:]).keys {
                #expect(used.contains(property), "the fixture never sets \(name).\(property)")
            }
        }
    }

    /// The `python3` a user would run: the first on PATH.
    static let python: String? = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin")
        .split(separator: ":").map { "\($0)/python3" }
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    static var hasJSONSchema: Bool {
        guard let python else { return false }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", "import jsonschema"]
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    static let canValidate = hasJSONSchema || ProcessInfo.processInfo.environment["CI"] == "true"

    @Test(.enabled(if: canValidate, "Python's jsonschema is not installed; `.ci/run` installs it (pip install jsonschema)."))
    func pythonsJSONSchemaAcceptsEveryExportedPack() throws {
        let folder = try CPSHarness.temporaryFolder()
        var packs = BuiltInRegistry.packs.map { ($0.id, $0) } + [("full", FullPackFixture.pack)]
        let starter = CPSHarness.run(["init", "Starter Council"]).out
        packs.append(("starter", try PackCoding.decodePack(Array(starter.utf8))))
        let fromSefton = CPSHarness.run(["init", "Copy Council", "--from", "sefton"]).out
        packs.append(("copy", try PackCoding.decodePack(Array(fromSefton.utf8))))
        for (name, pack) in packs {
            try PackCoding.json(pack).write(to: folder.appendingPathComponent("\(name).json"), atomically: true, encoding: .utf8)
        }
        let script = """
        import glob, json, sys
        from jsonschema import Draft202012Validator
        schema = json.load(open(sys.argv[1]))
        Draft202012Validator.check_schema(schema)
        validator = Draft202012Validator(schema)
        bad = 0
        for path in sorted(glob.glob(sys.argv[2] + "/*.json")):
            for error in validator.iter_errors(json.load(open(path))):
                bad += 1
                print(path, list(error.path), error.message)
        print("checked", len(glob.glob(sys.argv[2] + "/*.json")))
        sys.exit(1 if bad else 0)
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Self.python, "CI=true but no python3"))
        process.arguments = ["-c", script, Self.schemaURL.path, folder.path]
        let output = folder.appendingPathComponent("python.txt")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = process.standardOutput
        try process.run()
        process.waitUntilExit()
        let printed = try String(contentsOf: output, encoding: .utf8)
        #expect(process.terminationStatus == 0, "\(printed)")
        #expect(printed.contains("checked \(packs.count)"))
    }

    @Test(.enabled(if: canValidate, "Python's jsonschema is not installed; `.ci/run` installs it (pip install jsonschema)."))
    func pythonsJSONSchemaRejectsAnUnknownKeyAndABadPrinciple() throws {
        let folder = try CPSHarness.temporaryFolder()
        var json = try JSONValueEncoder().encode(ValidationSample.pack)
        guard case .object(var object) = json else { Issue.record("not an object"); return }
        object.members.append(("sectoins", .array([])))
        json = .object(object)
        try JSONWriter.write(json).write(to: folder.appendingPathComponent("typo.json"), atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Self.python))
        process.arguments = ["-c", "import json,sys; from jsonschema import Draft202012Validator as V; v=V(json.load(open(sys.argv[1]))); sys.exit(0 if list(v.iter_errors(json.load(open(sys.argv[2])))) else 3)",
                             Self.schemaURL.path, folder.appendingPathComponent("typo.json").path]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }
}
