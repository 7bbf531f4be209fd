import BuiltInAuthorities
import CPSKit
import Foundation
import Testing

/// `cps coverage` and `cps coverage --explain`, run in-process with the built-in councils.
@Suite struct CoverageCommandTests {
    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func explainListsSeftonsEntriesBehindPrincipleSixWithTheirSections() throws {
        let result = CPSHarness.run(["coverage", "--explain", "6", "--authorities", "sefton"], width: 160)
        #expect(result.status == 0 && result.error.isEmpty)
        #expect(result.out.hasPrefix("Coverage of principle 6, Safety and stability: the entries behind each cell"))
        #expect(result.out.contains("Sefton Council"))
        // The priority (judged), the council's stated commitment to act on all seven principles, with its owner,
        // and a working group the document says takes account of the principles, each with its section.
        #expect(result.out.contains("Priority \"Safe and Stable homes\""))
        #expect(result.out.contains("Introduction › Corporate Parenting Principles"))
        #expect(result.out.contains("(owner: Sefton Council)"))
        #expect(result.out.contains("Our Corporate Parenting Priorities › Safe and Stable homes"))
        #expect(result.out.contains("Covered by an action with an owner or timescale"))
    }

    @Test func explainAsJSONGivesKindBasisTextAndSection() throws {
        let result = CPSHarness.run(["coverage", "--explain", "6", "--authorities", "sefton", "--format", "json"])
        #expect(result.status == 0)
        let explanation = try json(result.out)
        #expect(explanation["dimension"] as? String == "principle" && explanation["key"] as? String == "6")
        let columns = try #require(explanation["columns"] as? [[String: Any]])
        #expect(columns.count == 1)
        let authority = try #require(columns[0]["authority"] as? [String: Any])
        #expect(authority["id"] as? String == "sefton")
        let cell = try #require(columns[0]["cell"] as? [String: Any])
        #expect(cell["level"] as? String == "assigned" && cell["statedLevel"] as? String == "assigned")
        let sources = try #require(columns[0]["sources"] as? [[String: Any]])
        #expect(sources.count > 20)
        #expect(sources.allSatisfy { !($0["section"] as? String ?? "").isEmpty && !($0["text"] as? String ?? "").isEmpty })
        let priority = try #require(sources.first { $0["id"] as? String == "safe-and-stable-homes" })
        #expect(priority["kind"] as? String == "topItem" && priority["basis"] as? String == "judged" && priority["inherited"] as? Bool == false)
        let stated = try #require(sources.first { ($0["text"] as? String ?? "").hasPrefix("Sefton Council welcomes and supports") })
        #expect(stated["kind"] as? String == "assignedAction" && stated["basis"] as? String == "stated" && stated["owner"] as? String == "Sefton Council")
        // An action under the priority serves it through the priority's judged mapping.
        #expect(sources.contains { $0["kind"] as? String == "action" && $0["inherited"] as? Bool == true && $0["basis"] as? String == "judged" })
    }

    /// Field findings §2: Middlesbrough's standard measures are figures it quotes as context; none of them is behind
    /// its homes cell or any standard measure's cell.
    @Test func figuresQuotedAsContextAreNeverBehindACell() throws {
        let middlesbrough = try #require(BuiltInRegistry.packs.first { $0.id == "middlesbrough" })
        let quoted = PackProfile(middlesbrough, framework: .standard).quoted
        #expect(quoted.count > 10)
        let quotedPaths = Set(quoted.map(\.location.description))
        let result = CPSHarness.run(["coverage", "--explain", "homes", "--authorities", "middlesbrough", "--format", "json"])
        #expect(result.status == 0)
        let columns = try #require(try json(result.out)["columns"] as? [[String: Any]])
        let paths = (columns[0]["sources"] as? [[String: Any]] ?? []).compactMap { $0["path"] as? String }
        #expect(!paths.isEmpty && quotedPaths.isDisjoint(with: paths))
        for measure in Set(quoted.compactMap(\.evidence.standardMeasure)) {
            let cell = CPSHarness.run(["coverage", "--explain", measure.rawValue, "--authorities", "middlesbrough", "--format", "json"])
            let sources = try #require(try json(cell.out)["columns"] as? [[String: Any]])[0]["sources"] as? [[String: Any]] ?? []
            #expect(!sources.contains { quotedPaths.contains($0["path"] as? String ?? "") }, "\(measure.rawValue)")
        }
    }

    @Test func explainTakesADomainOrAMeasureToo() throws {
        let domain = CPSHarness.run(["coverage", "--explain", "Voice", "--authorities", "leicestershire", "--format", "json"])
        #expect(domain.status == 0)
        #expect(try json(domain.out)["dimension"] as? String == "domain")
        let measure = CPSHarness.run(["coverage", "--by", "measure", "--explain", "placement-stability-short-term", "--format", "json"])
        #expect(measure.status == 0)
        #expect(try json(measure.out)["key"] as? String == "placement-stability-short-term")
    }

    @Test func aBadExplainValueIsAUsageErrorWithASuggestion() {
        let typo = CPSHarness.run(["coverage", "--explain", "voise"])
        #expect(typo.status == 64 && typo.out.isEmpty)
        #expect(typo.error.contains("--explain takes a principle's number (1 to 7), a domain's id or a standard measure's id, not \"voise\"; did you mean \"voice\"?"))
        let number = CPSHarness.run(["coverage", "--explain", "9"])
        #expect(number.status == 64 && number.error.contains("not \"9\"; `cps principles`, `cps domains` and `cps measures` list them."))
        let wrongDimension = CPSHarness.run(["coverage", "--by", "domain", "--explain", "6"])
        #expect(wrongDimension.status == 64 && wrongDimension.error.contains("--explain takes a domain's id, not \"6\""))
    }

    @Test func everyFormat() throws {
        for arguments in [["coverage"], ["coverage", "--by", "domain"], ["coverage", "--explain", "6", "--authorities", "sefton"]] {
            for format in ["text", "markdown", "csv", "json"] {
                let result = CPSHarness.run(arguments + ["--format", format])
                #expect(result.status == 0 && !result.out.isEmpty && result.error.isEmpty, "\(arguments) \(format)")
                if format == "json" { _ = try json(result.out) }
            }
        }
        let markdown = CPSHarness.run(["coverage", "--explain", "6", "--authorities", "sefton", "--format", "markdown"]).out
        #expect(markdown.contains("| Kind | Basis | Entry | Section |"))
        let csv = CPSHarness.run(["coverage", "--explain", "6", "--authorities", "sefton", "--format", "csv"]).out.components(separatedBy: "\r\n")
        #expect(csv[0] == "authority,level,stated level,kind,basis,inherited,id,text,section,path")
        #expect(csv.contains { $0.hasPrefix("sefton,assigned,assigned,assignedAction,stated,no,,\"Sefton Council welcomes") })
    }
}
