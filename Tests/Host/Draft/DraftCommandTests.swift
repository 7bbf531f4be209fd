import CorporateParenting
import CPSEngine
import CPSKit
import Foundation
import Testing

/// `cps draft`, `--review` and `--accept` through the real binary: exit status, standard output and error, and the
/// files left behind.
@Suite struct DraftCommandTests {
    static let ready = RealBinary.cps != nil

    static let strategy = """
    Testshire Corporate Parenting Strategy 2024-2027

    Being Heard

    We will:
    • Ask every child about their care at every review.
    • Offer advocacy to every young person.

    Safe Homes

    We will:
    - Offer Staying Put to every young person who wants it.

    The Corporate Parenting Board meets quarterly.
    """

    /// A folder holding `strategy.txt`, and the pack drafted from it as `pack.json`.
    static func drafted() throws -> (folder: URL, result: RealBinary.Result) {
        let folder = try CPSHarness.temporaryFolder()
        try strategy.write(to: folder.appendingPathComponent("strategy.txt"), atomically: true, encoding: .utf8)
        let result = try RealBinary.run(["draft", "strategy.txt", "--name", "Blackpool Council", "--la", "Blackpool", "--output", "pack.json"], in: folder)
        return (folder, result)
    }

    static func pack(_ url: URL) throws -> AuthorityPack {
        try PackCoding.decodePack(Array(try Data(contentsOf: url)))
    }

    @Test(.enabled(if: ready, "The cps binary is not built beside the tests."))
    func draftsAPackWithCodesFromDfEsList() throws {
        let (folder, result) = try Self.drafted()
        #expect(result.status == 0)
        #expect(result.error == "Wrote pack.json.\n")
        let pack = try Self.pack(folder.appendingPathComponent("pack.json"))
        #expect(pack.id == "blackpool-council" || pack.id == "blackpool")
        #expect(pack.codes == AuthorityCodes(ons: "E06000009", dfe: "890"))
        #expect(pack.region == "North West")
        #expect(pack.document.period == .years(2024, 2027))
        #expect(pack.document.edition == "Drafted by cps draft from strategy.txt")
        #expect(PackIndex(pack).outline.map(\.heading) == ["Testshire Corporate Parenting Strategy 2024-2027", "Being Heard", "Safe Homes"])
        #expect(PackIndex(pack).drafts.count == 4)
        // The same file again: the same bytes.
        let again = try RealBinary.run(["draft", "strategy.txt", "--name", "Blackpool Council", "--la", "Blackpool"], in: folder)
        #expect(again.out == (try String(contentsOf: folder.appendingPathComponent("pack.json"), encoding: .utf8)))
    }

    @Test(.enabled(if: ready, "The cps binary is not built beside the tests."))
    func neverReplacesAFileWithoutForce() throws {
        let (folder, _) = try Self.drafted()
        let path = folder.appendingPathComponent("pack.json")
        let before = try Data(contentsOf: path)
        try "Other Strategy 2020-2021\n\nOne Heading\n\nText of it, which runs on.\n".write(to: folder.appendingPathComponent("other.txt"), atomically: true, encoding: .utf8)
        let refused = try RealBinary.run(["draft", "other.txt", "--name", "Blackpool Council", "--output", "pack.json"], in: folder)
        #expect(refused.status == ExitCode.cannotCreate)
        #expect(refused.error.contains("pack.json"))
        #expect(refused.out.isEmpty)
        #expect(try Data(contentsOf: path) == before)
        let forced = try RealBinary.run(["draft", "other.txt", "--name", "Blackpool Council", "--output", "pack.json", "--force"], in: folder)
        #expect(forced.status == 0)
        #expect(try Data(contentsOf: path) != before)
    }

    @Test(.enabled(if: ready, "The cps binary is not built beside the tests."))
    func badDocumentsAreOneSentence() throws {
        let folder = try CPSHarness.temporaryFolder()
        try Data().write(to: folder.appendingPathComponent("empty.txt"))
        try Data([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]).write(to: folder.appendingPathComponent("strategy.pdf"))
        let empty = try RealBinary.run(["draft", "empty.txt", "--name", "Blackpool Council"], in: folder)
        #expect(empty.status == ExitCode.dataError)
        #expect(empty.error == "cps: empty.txt: the file is empty, so there is nothing to draft from.\n")
        let binary = try RealBinary.run(["draft", "strategy.pdf", "--name", "Blackpool Council", "--output", "pack.json"], in: folder)
        #expect(binary.status == ExitCode.dataError)
        #expect(binary.error == "cps: strategy.pdf: the file is binary (it holds NUL bytes), not text; save the document as text, Markdown or HTML first.\n")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("pack.json").path))
        let missing = try RealBinary.run(["draft", "absent.txt", "--name", "Blackpool Council"], in: folder)
        #expect(missing.status == ExitCode.noInput)
        #expect(missing.error.contains("absent.txt"))
        let noName = try RealBinary.run(["draft", "empty.txt"], in: folder)
        #expect(noName.status == ExitCode.usage)
        #expect(noName.error.contains("Give the council's name with --name"))
        let wrongFormat = try RealBinary.run(["draft", "empty.txt", "--name", "X Council", "--format", "csv"], in: folder)
        #expect(wrongFormat.status == ExitCode.usage)
        #expect(wrongFormat.error.contains("reads documents as text, markdown or html, not csv"))
    }

    @Test(.enabled(if: ready, "The cps binary is not built beside the tests."))
    func reviewListsDraftsBySection() throws {
        let (folder, _) = try Self.drafted()
        let text = try RealBinary.run(["draft", "--review", "pack.json"], in: folder)
        #expect(text.status == 0)
        #expect(text.out.contains("4 draft entries and 0 suggested mappings to confirm in 2 sections of pack.json."))
        #expect(text.out.contains("Being Heard (being-heard): 2 to confirm"))
        #expect(text.out.contains("Ask every child about their care at"))
        #expect(text.out.contains("Offer Staying Put"))
        let csv = try RealBinary.run(["draft", "--review", "pack.json", "--format", "csv"], in: folder)
        #expect(csv.status == 0)
        let rows = csv.out.split(whereSeparator: \.isNewline)
        #expect(rows.first == "Section,Heading,Lines,Kind,Text,Suggestions")
        #expect(rows.count == 5)
        #expect(rows.contains { $0.hasPrefix("safe-homes,Safe Homes,12,action (commitment),Offer Staying Put") && $0.contains("domain adulthood from \"\"staying put\"\"") })
        let json = try RealBinary.run(["draft", "--review", "pack.json", "--format", "json"], in: folder)
        let view = try JSONDecoder().decode(DraftReviewView.self, from: Data(json.out.utf8))
        #expect(view.drafts == 4 && view.suggestedMappings == 0)
        #expect(view.rows.map(\.section) == ["being-heard", "being-heard", "safe-homes", "safe-homes"])
        #expect(view.rows.map(\.lines) == ["6", "7", "12", "14"])
    }

    @Test(.enabled(if: ready, "The cps binary is not built beside the tests."))
    func acceptConfirmsOneSectionAndKeepsTheRest() throws {
        let (folder, _) = try Self.drafted()
        let original = try Data(contentsOf: folder.appendingPathComponent("pack.json"))
        let refused = try RealBinary.run(["draft", "--review", "pack.json", "--accept", "safe-homes"], in: folder)
        #expect(refused.status == ExitCode.usage)
        #expect(refused.error.contains("--accept writes a new pack: give --output FILE, or --force to replace pack.json in place."))
        let unknown = try RealBinary.run(["draft", "--review", "pack.json", "--accept", "safe-home", "--output", "out.json"], in: folder)
        #expect(unknown.status == ExitCode.dataError)
        #expect(unknown.error == "cps: pack.json at --accept: no section has the id \"safe-home\"; did you mean \"safe-homes\"?\n")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out.json").path))
        let accepted = try RealBinary.run(["draft", "--review", "pack.json", "--accept", "safe-homes", "--output", "out.json"], in: folder)
        #expect(accepted.status == 0)
        #expect(accepted.error.contains("Confirmed 2 draft entries and 1 suggested mapping in section safe-homes."))
        #expect(try Data(contentsOf: folder.appendingPathComponent("pack.json")) == original)
        let pack = try Self.pack(folder.appendingPathComponent("out.json"))
        let safeHomes = try #require(pack.sections.first { $0.id == "safe-homes" })
        guard case .action(let action) = safeHomes.content[0] else { Issue.record("not unwrapped: \(safeHomes.content[0])"); return }
        #expect(action.text == "Offer Staying Put to every young person who wants it.")
        #expect(action.mappings.map(\.basis) == [.judged])
        #expect(PackIndex(pack).drafts.count == 2)
        let review = try RealBinary.run(["draft", "--review", "out.json"], in: folder)
        #expect(review.out.contains("2 draft entries and 0 suggested mappings to confirm in 1 section of out.json."))
        // In place with --force, every section.
        let all = try RealBinary.run(["draft", "--review", "out.json", "--accept", "all", "--force"], in: folder)
        #expect(all.status == 0)
        #expect(PackIndex(try Self.pack(folder.appendingPathComponent("out.json"))).drafts.isEmpty)
        let none = try RealBinary.run(["draft", "--review", "out.json"], in: folder)
        #expect(none.out.contains("Nothing is left to confirm in out.json"))
    }
}
