import CorporateParenting
import Foundation
import Testing

/// A schema version 1 pack (the fixture, kept as cps 0.1 wrote it) reads as version 2 and upgrades faithfully.
@Suite struct PackMigrationTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/version1.json")

    func upgraded() throws -> AuthorityPack {
        try PackCoding.decodePack(Array(try Data(contentsOf: Self.fixture)))
    }

    @Test func aVersion1PackLoadsAsVersion2() throws {
        let pack = try upgraded()
        #expect(pack.schemaVersion == 2)
        #expect(pack.id == "example")
        #expect(pack.document.title == "Corporate Parenting Strategy")
        #expect(pack.document.period == .years(2024, 2027))
        // Version 1 never said whether the whole document was captured, so the upgrade does not claim it.
        #expect(pack.document.capture == .partial)
    }

    @Test func theOutlineIsRebuiltFromSources() throws {
        let pack = try upgraded()
        let index = PackIndex(pack)
        #expect(index.outline.map(\.heading) == ["Cover", "Priorities", "We will", "Governance"])
        #expect(index.source(of: index.actions[0].section) == "Priorities › We will")
        // An excerpt from a sub-heading inside an item points at that sub-section, not at a new empty one.
        #expect(pack.inconsistencies[0].excerpts.map(\.section) == ["cover", "priorities", index.actions[0].section])
    }

    @Test func mappingsBecomeJudgementsAndMeasuresEvidence() throws {
        let index = PackIndex(try upgraded())
        #expect(index.topItems.map(\.value.id.rawValue) == ["voice", "homes"])
        #expect(index.items[0].value.mappings.allSatisfy { $0.basis == .judged })
        #expect(index.items[0].value.mappings.first?.principles == [2, 3])
        let metric = try #require(index.evidence.first)
        #expect(metric.value.kind == .metric)
        #expect(metric.value.purpose == .monitor)
        #expect(metric.value.standardMeasure == "sdq-completion")
        #expect(metric.value.figures.map(\.value) == [88])
        #expect(metric.value.target?.value == 95)
    }

    @Test func governanceBecomesBodiesWithRoles() throws {
        let bodies = PackIndex(try upgraded()).bodies.map(\.value)
        #expect(bodies.map(\.kind) == [.youthGroup, .board, .workingGroup])
        let board = try #require(bodies.first { $0.kind == .board })
        #expect(board.roles.map(\.title) == [.chair])
        #expect(board.meets == .quarterly)
        let group = try #require(bodies.first { $0.kind == .workingGroup })
        #expect(group.serves == ["voice"])
        #expect(group.reportsTo.first?.body == "board")
    }

    @Test func theUpgradeIsDeterministicAndDecodesWithoutUnknownKeys() throws {
        let bytes = Array(try Data(contentsOf: Self.fixture))
        let json = try JSONParser.parse(bytes)
        #expect(PackMigration.isVersion1(json))
        let once = JSONWriter.write(PackMigration.upgrade(json))
        #expect(once == JSONWriter.write(PackMigration.upgrade(json)))
        let read = try PackDecoder().decode(AuthorityPack.self, from: Array(once.utf8))
        #expect(read.report.unknownKeys.isEmpty)
        #expect(!PackMigration.isVersion1(try JSONValueEncoder().encode(read.value)))
    }
}

/// A version 2 pack that says version 1 is not taken for one: upgrading it would throw its content away.
@Suite struct Version1DetectionTests {
    @Test func aVersion2LayoutThatSaysVersion1IsNotUpgraded() throws {
        let json = try JSONParser.parse(Array(#"{"schemaVersion": 1, "id": "x", "name": "X", "document": {"title": "T", "capture": "whole"}, "sections": []}"#.utf8))
        #expect(!PackMigration.isVersion1(json))
        #expect(PackMigration.upgradedFile(json) == nil)
        let pack = try PackCoding.decodePack(Array(JSONWriter.write(json).utf8))
        #expect(pack.schemaVersion == 1, "read as it is, for validation to report the version")
    }

    @Test func anArrayUpgradesItsVersion1PacksAndKeepsTheRest() throws {
        let version1 = try JSONParser.parse(Array(try Data(contentsOf: PackMigrationTests.fixture)))
        let version2 = try JSONValueEncoder().encode(AuthorityPack(id: "y", name: "Y", document: StrategyDocument(title: "T")))
        guard case .array(let upgraded)? = PackMigration.upgradedFile(.array([version1, version2])) else {
            Issue.record("an array with a version 1 pack was not upgraded")
            return
        }
        #expect(!PackMigration.isVersion1(upgraded[0]))
        #expect(upgraded[1] == version2)
    }
}
