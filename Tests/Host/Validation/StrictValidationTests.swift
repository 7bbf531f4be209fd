import BuiltInAuthorities
import CorporateParenting
@testable import CPSEngine
@testable import CPSKit
import Foundation
import Testing

/// `cps validate` as a consultant meets it, through the real binary: unknown keys are errors (warnings with
/// --allow-unknown) with suggestions from their own place, every decoding error comes in one run with its line and
/// column, and codes and region are checked against DfE's list of authorities.
@Suite struct StrictValidationTests {
    /// The rule sample (Blackpool's codes, North West) with `changes` made, written as `name` in a new folder.
    static func sample(_ changes: [(String, String)], name: String = "pack.json") throws -> (folder: URL, file: String) {
        var json = try JSONValueEncoder().encode(ValidationSample.pack)
        for (path, value) in changes {
            json = try #require(json.setting(path, to: try JSONParser.parse(Array(value.utf8))), "\(path)")
        }
        let folder = try CPSHarness.temporaryFolder()
        let file = folder.appendingPathComponent(name)
        try (JSONWriter.write(json) + "\n").write(to: file, atomically: true, encoding: .utf8)
        return (folder, name)
    }

    static let enabled = BadInputTests.binary != nil

    /// Runs `cps arguments` in `folder` and gives its status, standard output and standard error.
    static func run(_ arguments: [String], in folder: URL) throws -> (status: Int32, out: String, error: String) {
        let result = try RealBinary.run(arguments, in: folder)
        #expect(result.reason == .exit, "crashed: \(result.error)")
        return (result.status, result.out, result.error)
    }

    @Test(.enabled(if: enabled, "The cps binary is not built beside the tests."))
    func unknownKeysAreErrorsSuggestingOnlyKeysAllowedThere() throws {
        let (folder, file) = try Self.sample([
            ("sections[0].content[0].item.owner", "\"Director\""), ("sections[0].content[0].item.titel", "\"Voice\""),
            ("sections[0].content[0].item.content[1].action.ownr", "\"x\""),
        ])
        let strict = try Self.run(["validate", file], in: folder)
        #expect(strict.status == 1)
        // "owner" is a key of actions, not of items: no suggestion drawn from elsewhere in the schema.
        #expect(strict.out == """
            pack.json:84:22: error [unknown-key] sections[0].content[0].item.owner: The key "owner" is not part of a pack here.
            pack.json:85:22: error [unknown-key] sections[0].content[0].item.titel: The key "titel" is not part of a pack here; did you mean "title"?
            pack.json:40:27: error [unknown-key] sections[0].content[0].item.content[1].action.ownr: The key "ownr" is not part of a pack here; did you mean "owner"?
            1 file checked: 3 errors, 0 warnings.

            """)
        let relaxed = try Self.run(["validate", "--allow-unknown", file], in: folder)
        #expect(relaxed.status == 0)
        #expect(relaxed.out.hasPrefix("pack.json:84:22: warning [unknown-key] sections[0].content[0].item.owner: The key \"owner\" is not part of a pack here and is ignored.\n"))
        #expect(relaxed.out.hasSuffix("1 file checked: 0 errors, 3 warnings.\n"))
        // Loading commands refuse the pack too, unless told to ignore unknown keys.
        let shown = try Self.run(["show", "example", "--authority-path", file], in: folder)
        #expect(shown.status == 65)
        #expect(shown.error == "cps: pack.json at sections[0].content[0].item.owner (line 84, column 22): The key \"owner\" is not part of a pack here [unknown-key]; `cps validate pack.json` lists every finding.\n")
        let allowed = try Self.run(["show", "example", "--authority-path", file, "--allow-unknown"], in: folder)
        #expect(allowed.status == 0, "\(allowed.error)")
        #expect(allowed.out.contains("Example Council"))
    }

    @Test(.enabled(if: enabled, "The cps binary is not built beside the tests."))
    func everyTypeErrorIsReportedInOneRunWithItsLineAndColumn() throws {
        let (folder, file) = try Self.sample([
            ("document.title", "7"), ("sections[0].content[0].item.number", "\"one\""), ("sections[0].content[1].item.title", "5"),
            ("sections[1].content[0].body.name", "null"),
        ])
        let result = try Self.run(["validate", file], in: folder)
        #expect(result.status == 65)
        #expect(result.out == """
            pack.json: cannot be decoded: 4 problems stop it being read as a pack.
            pack.json: at document.title (line 13, column 14): expected a string, found a number.
            pack.json: at sections[0].content[0].item.number (line 81, column 23): expected a whole number, found a string.
            pack.json: at sections[0].content[1].item.title (line 104, column 22): expected a string, found a number.
            pack.json: at sections[1].content[0].body.name (line 124, column 21): expected a string, found null.
            1 file checked: 0 errors, 0 warnings, 1 not read.

            """)
        let json = try Self.run(["validate", file, "--format", "json"], in: folder)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        let files = try #require(report["files"] as? [[String: Any]])
        #expect((files.first?["problems"] as? [String])?.count == 4)
        // Other commands name the first and how many there are, in one sentence.
        let shown = try Self.run(["show", "example", "--authority-path", file], in: folder)
        #expect(shown.status == 65)
        #expect(shown.error == "cps: pack.json: 4 problems stop it being read as a pack, the first at document.title (line 13, column 14): expected a string, found a number; `cps validate pack.json` lists every one.\n")
    }

    @Test(.enabled(if: enabled, "The cps binary is not built beside the tests."))
    func aMissingKeyIsPlacedAtTheObjectThatLacksIt() throws {
        let (folder, file) = try Self.sample([("sections[0].content[1].item", #"{"id": "homes", "level": "priority"}"#)])
        let result = try Self.run(["validate", file], in: folder)
        #expect(result.status == 65)
        #expect(result.out.hasPrefix("pack.json: cannot be decoded: at sections[0].content[1].item (line 86, column 19): the required key \"title\" is missing.\n"))
    }

    @Test(.enabled(if: enabled, "The cps binary is not built beside the tests."))
    func codesAndRegionMustBeInDfEsList() throws {
        let (folder, file) = try Self.sample([("codes.ons", "\"E07000001\""), ("codes.dfe", "\"999\""), ("region", "\"South-East\"")])
        let result = try Self.run(["validate", file], in: folder)
        #expect(result.status == 1)
        #expect(result.out == """
            pack.json:5:12: error [unknown-authority-code] codes.ons: The ONS code "E07000001" is a district council's code, and districts have no children's services: give the code of the county council that runs children's services there (a county's code begins E10, such as Lancashire's E10000017).
            pack.json:4:12: error [unknown-authority-code] codes.dfe: The DfE code "999" is not the code of any council in DfE's list of local authorities.
            pack.json:18:13: error [unknown-region] region: The region "South-East" is not spelt as DfE spells it; did you mean "South East"?
            1 file checked: 3 errors, 0 warnings.

            """)
        let madeUp = try Self.sample([("codes.ons", "\"E06000099\"")])
        #expect(try Self.run(["validate", madeUp.file], in: madeUp.folder).out.hasPrefix(
            "pack.json:5:12: error [unknown-authority-code] codes.ons: The ONS code \"E06000099\" is not the code of any council in DfE's list of local authorities.\n"))
        // A code of the wrong shape is made up too: an error, not a warning.
        let malformed = try Self.sample([("codes.ons", "\"E8000014\"")])
        let refused = try Self.run(["validate", malformed.file], in: malformed.folder)
        #expect(refused.status == 1)
        #expect(refused.out.hasPrefix("pack.json:5:12: error [invalid-code] codes.ons: \"E8000014\" is not a GSS code such as E08000014.\n"))
    }

    @Test(.enabled(if: enabled, "The cps binary is not built beside the tests."))
    func aMismatchedPairNamesBothAuthoritiesAndAWrongRegionNamesTheRightOne() throws {
        let pair = try Self.sample([("codes.dfe", "\"343\"")])
        let paired = try Self.run(["validate", pair.file], in: pair.folder)
        #expect(paired.status == 1)
        #expect(paired.out == """
            pack.json:3:12: error [authority-mismatch] codes: The ONS code "E06000009" is Blackpool's but the DfE code "343" is Sefton's in DfE's list of local authorities.
            1 file checked: 1 error, 0 warnings.

            """)
        let region = try Self.sample([("region", "\"South East\"")])
        let placed = try Self.run(["validate", region.file], in: region.folder)
        #expect(placed.status == 1)
        #expect(placed.out == """
            pack.json:18:13: error [authority-mismatch] region: Blackpool is in the North West in DfE's list of local authorities, not the South East.
            1 file checked: 1 error, 0 warnings.

            """)
    }

    @Test func theBuiltInCouncilsHaveKnownCodesAndRegions() {
        for council in BuiltInRegistry.loaded {
            let findings = PackValidator.validate(council.pack).filter { ["unknown-authority-code", "authority-mismatch", "unknown-region"].contains($0.rule) }
            #expect(findings.isEmpty, "\(council.pack.id): \(findings.map(\.message))")
        }
    }
}
