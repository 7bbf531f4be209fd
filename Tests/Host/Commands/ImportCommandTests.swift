import CorporateParenting
import Foundation
import Testing

/// `cps import` through the real binary: the five councils' spreadsheets come back as the same packs; a plan
/// typed into a spreadsheet comes in; bad rows are each named by row and column, and nothing is written.
@Suite struct ImportCommandTests {
    static let councils = ["lancashire", "leicestershire", "middlesbrough", "north-east-lincolnshire", "sefton"]

    /// Writes `text` as `name` in `folder`.
    static func file(_ name: String, _ text: String, in folder: URL) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test(arguments: councils)
    func aCouncilsSpreadsheetImportsAsTheSamePack(id: String) throws {
        _ = try #require(RealBinary.cps)
        let folder = try CPSHarness.temporaryFolder()
        let exported = try RealBinary.run(["export", id, "--format", "csv", "--output", "pack.csv"], in: folder)
        #expect(exported.status == 0)
        #expect(exported.error == "Wrote pack.csv.\n")
        let imported = try RealBinary.run(["import", "pack.csv"], in: folder)
        #expect(imported.status == 0)
        #expect(imported.error == "")
        let json = try RealBinary.run(["export", id], in: folder)
        #expect(json.status == 0)
        #expect(imported.out == json.out)
    }

    @Test func aSpreadsheetHoldsOnePack() throws {
        _ = try #require(RealBinary.cps)
        let result = try RealBinary.run(["export", "--all", "--format", "csv"])
        #expect(result.status == 64)
        #expect(result.out.isEmpty)
        #expect(result.error == "cps: A spreadsheet holds one pack; give the id of one authority with --format csv. See `cps export --help`.\n")
    }

    /// A plan typed in a spreadsheet and saved as Excel saves CSV: a byte-order mark, CRLF, quoted cells with commas
    /// and line breaks, columns in its own order and case, an action without a sort, and a formula-like text.
    static let typedPlan = "\u{FEFF}Text,Kind,Parent,ID,Owner,Due,Mappings,Fields\r\n"
        + "Blackpool Council,pack,,blackpool,,,,\"{\"\"codes\"\":{\"\"ons\"\":\"\"E06000009\"\",\"\"dfe\"\":\"\"890\"\"},\"\"region\"\":\"\"North West\"\"}\"\r\n"
        + "Corporate Parenting Action Plan,document,,,,,,\"{\"\"period\"\":{\"\"start\"\":\"\"2025\"\",\"\"end\"\":\"\"2028\"\"},\"\"capture\"\":\"\"whole\"\"}\"\r\n"
        + "Our priorities,section,,priorities,,,,\r\n"
        + "\"Homes, not placements\",item.priority,priorities,homes,,,P1 P6 homes (stated: Homes),\r\n"
        + "\"Recruit 20 foster carers,\r\nincluding 5 for teenagers\",action,homes,,Head of Fostering,2026-03,P6 (judged),\r\n"
        + "'=Review every plan twice a year,action.commitment,homes,,IRO Service,2025,,\r\n"

    @Test func aPlanTypedInASpreadsheetImportsAndValidates() throws {
        _ = try #require(RealBinary.cps)
        let folder = try CPSHarness.temporaryFolder()
        _ = try Self.file("plan.csv", Self.typedPlan, in: folder)
        let result = try RealBinary.run(["import", "plan.csv", "--output", "plan.json"], in: folder)
        #expect(result.status == 0)
        #expect(result.error == "Wrote plan.json.\n")
        let pack = try PackCoding.decodePack(Array(try Data(contentsOf: folder.appendingPathComponent("plan.json"))))
        #expect(pack.id == "blackpool")
        #expect(pack.codes == AuthorityCodes(ons: "E06000009", dfe: "890"))
        #expect(pack.document.period.start?.description == "2025")
        #expect(pack.document.period.end?.description == "2028")
        guard case .item(let homes)? = pack.sections.first?.content.first else { Issue.record("no item"); return }
        #expect(homes.title == "Homes, not placements")
        #expect(homes.mappings == [Mapping(principles: [1, 6], domains: ["homes"], basis: .stated, note: "Homes")])
        let actions = homes.content.compactMap { if case .action(let action) = $0 { action } else { nil } }
        #expect(actions.map(\.text) == ["Recruit 20 foster carers,\nincluding 5 for teenagers", "=Review every plan twice a year"])
        #expect(actions.map(\.kind) == [.action, .commitment])
        #expect(actions.map(\.owner) == ["Head of Fostering", "IRO Service"])
        #expect(actions.map { $0.due?.description } == ["2026-03", "2025"])
        let validated = try RealBinary.run(["validate", "plan.json"], in: folder)
        #expect(validated.status == 0)
        #expect(validated.out.contains("0 errors"))
    }

    @Test func badRowsAreEachNamedAndNothingIsWritten() throws {
        _ = try #require(RealBinary.cps)
        let folder = try CPSHarness.temporaryFolder()
        let text = "kind,id,parent,text,section\n"
            + "pack,x,,X Council,\n"
            + "document,,,Plan,\n"
            + "section,s1,,Section one,\n"
            + "actoin,,s1,Do it,\n"
            + "action,,nowhere,Do that,\n"
            + "section,s1,,Again,\n"
            + "action,,s1,,\n"
            + "narrative.aim,,,Aim high,s2\n"
        _ = try Self.file("bad.csv", text, in: folder)
        let result = try RealBinary.run(["import", "bad.csv", "--output", "bad.json"], in: folder)
        #expect(result.status == 65)
        #expect(result.out.isEmpty)
        #expect(result.error.split(separator: "\n") == [
            "cps: bad.csv row 3, column fields: a document needs capture; give it in the fields cell.",
            "cps: bad.csv row 5, column kind: there is no kind \"actoin\" (did you mean \"action\"?); the kinds are pack, document, section, narrative, item, action, evidence, body, localPrinciple, definition, scope, citation, coproduction, partner, signatory, expectations, inconsistency, actionPlan.",
            "cps: bad.csv row 6, column parent: no section, item, body or action plan has the id \"nowhere\".",
            "cps: bad.csv row 7, column id: the id \"s1\" is already used by the section on row 4; give each section its own id.",
            "cps: bad.csv row 8, column text: the text cell is empty; an action needs its text.",
            "cps: bad.csv row 9, column section: no section has the id \"s2\" (did you mean \"s1\"?).",
        ])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["bad.csv"])
    }

    @Test func anUnknownColumnIsNamedWithASuggestion() throws {
        _ = try #require(RealBinary.cps)
        let folder = try CPSHarness.temporaryFolder()
        _ = try Self.file("plan.csv", "kind,id,text,parnt\npack,x,X,\n", in: folder)
        let result = try RealBinary.run(["import", "plan.csv", "--output", "plan.json"], in: folder)
        #expect(result.status == 65)
        #expect(result.error == "cps: plan.csv row 1: the column \"parnt\" is not one the layout has (did you mean \"parent\"?); the columns are section, kind, id, parent, text, owner, due, mappings, source, fields.\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["plan.csv"])
    }

    @Test func aPackWithAnErrorIsNotWritten() throws {
        _ = try #require(RealBinary.cps)
        let folder = try CPSHarness.temporaryFolder()
        let plan = Self.typedPlan.replacingOccurrences(of: "P6 (judged)", with: "P6 stability (judged)")
        _ = try Self.file("plan.csv", plan, in: folder)
        let result = try RealBinary.run(["import", "plan.csv", "--output", "plan.json"], in: folder)
        #expect(result.status == 65)
        #expect(result.error == "cps: plan.csv row 6, column mappings: there is no domain \"stability\"; see `cps domains` [unknown-domain, at sections[0].content[0].item.content[0].action.mappings[0].domains[0] in the pack it makes].\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["plan.csv"])
    }

    @Test func aWarningNamesItsRowAndThePackIsWritten() throws {
        _ = try #require(RealBinary.cps)
        let folder = try CPSHarness.temporaryFolder()
        let plan = Self.typedPlan.replacingOccurrences(of: "(stated: Homes)", with: "(stated)")
        _ = try Self.file("plan.csv", plan, in: folder)
        let result = try RealBinary.run(["import", "plan.csv", "--output", "plan.json"], in: folder)
        #expect(result.status == 0)
        #expect(result.error == "plan.csv row 5, column mappings: warning: the mapping is stated by the document, but its note does not quote the document's words [stated-mapping-unquoted, at sections[0].content[0].item.mappings[0].note in the pack it makes].\nWrote plan.json.\n")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("plan.json").path))
    }

    @Test func anExistingOutputIsKeptWithoutForce() throws {
        _ = try #require(RealBinary.cps)
        let folder = try CPSHarness.temporaryFolder()
        _ = try Self.file("plan.csv", Self.typedPlan, in: folder)
        let kept = try Self.file("plan.json", "keep me", in: folder)
        let refused = try RealBinary.run(["import", "plan.csv", "--output", "plan.json"], in: folder)
        #expect(refused.status == 73)
        #expect(refused.error == "cps: Cannot write plan.json: the file exists; add --force to replace it.\n")
        #expect(try String(contentsOfFile: kept, encoding: .utf8) == "keep me")
        let forced = try RealBinary.run(["import", "plan.csv", "--output", "plan.json", "--force"], in: folder)
        #expect(forced.status == 0)
        #expect(try String(contentsOfFile: kept, encoding: .utf8).contains("\"id\": \"blackpool\""))
    }

    @Test func formulaNeutralisedCellsRoundTripThroughTheBinary() throws {
        _ = try #require(RealBinary.cps)
        let folder = try CPSHarness.temporaryFolder()
        _ = try Self.file("formulas.json", try PackCoding.json(SpreadsheetFixture.pack), in: folder)
        let exported = try RealBinary.run(["export", "formulas", "--authority-path", "formulas.json", "--format", "csv", "--output", "formulas.csv"], in: folder)
        #expect(exported.status == 0)
        let csv = try String(contentsOfFile: folder.appendingPathComponent("formulas.csv").path, encoding: .utf8)
        #expect(csv.contains(",'=SUM(A1),"))
        #expect(csv.contains(",''=already quoted,"))
        #expect(csv.contains(",'Tis the season,"))
        let imported = try RealBinary.run(["import", "formulas.csv"], in: folder)
        #expect(imported.status == 0)
        let pack = try PackCoding.decodePack(Array(imported.out.utf8))
        #expect(pack == SpreadsheetFixture.pack)
    }
}
