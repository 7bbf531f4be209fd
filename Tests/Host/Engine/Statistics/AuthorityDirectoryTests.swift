@testable import CPSEngine
@testable import CPSKit
import Foundation
import Testing

/// DfE's list of authorities, built in: found by code or name, regions as packs name them, and every line as DfE's
/// file gives it.
@Suite struct AuthorityDirectoryTests {
    let directory = AuthorityDirectory.builtIn

    @Test func findsAnAuthorityByCodeOrName() throws {
        for typed in ["890", "E06000009", "e06000009", "Blackpool", "blackpool", " Blackpool "] {
            #expect(try directory.find(typed).dfeCode == "890", "\(typed)")
        }
        #expect(try directory.find("Hull").name == "Kingston upon Hull, City of")
        #expect(try directory.find("st helens").dfeCode == "342")
        // Barnsley's figures use a second ONS code from 2025 on; both find it.
        #expect(try directory.find("E08000038").name == "Barnsley")
        #expect(try directory.find("E08000016").name == "Barnsley")
    }

    @Test func aMissOrSeveralIsOneSentence() throws {
        #expect(throws: EngineError.unknownDfEAuthority("Blackpol", suggestions: ["Blackpool"])) { try directory.find("Blackpol") }
        #expect(CPSError.unknownDfEAuthority("Blackpol", suggestions: ["Blackpool"]).description
            == "DfE's list of authorities has none with the name or code \"Blackpol\"; did you mean \"Blackpool\"?")
        #expect(CPSError.unknownDfEAuthority("E07000001", suggestions: []).description
            == "DfE's list of authorities has none with the name or code \"E07000001\"; give a DfE code such as 890, an ONS code such as E06000009 or a name such as Blackpool.")
        #expect(throws: EngineError.self) { try directory.find("E07000001") }
        do {
            _ = try directory.find("North")
            Issue.record("\"North\" begins several names")
        } catch {
            guard case .ambiguousStatisticsAuthority("North", let candidates) = error else { Issue.record("\(error)"); return }
            #expect(candidates.contains("North Tyneside") && candidates.contains("North Yorkshire"))
        }
        #expect(try directory.find("Bed").name == "Bedford")
    }

    @Test func regionsAreEnglandsNineAsAPackNamesThem() throws {
        #expect(try directory.find("Camden").regionLabel == "Inner London")
        #expect(try directory.find("Camden").region == "London")
        #expect(Set(directory.entries.map(\.region)) == Set(AuthorityDirectory.regions))
        #expect(AuthorityDirectory.region("south-east") == "South East")
        #expect(AuthorityDirectory.region("YORKSHIRE AND THE HUMBER") == "Yorkshire and The Humber")
        #expect(AuthorityDirectory.region("Wales") == nil)
    }

    @Test func knowsWhenAnAuthorityExisted() throws {
        #expect(try directory.find("909").years == ["2021", "2022", "2023"])
        #expect(try directory.find("Cumberland").years == ["2024", "2025"])
        #expect(directory.entries.count == 155)
    }

    @Test(.enabled(if: DfEIntegrationTests.present, DfEIntegrationTests.skip))
    func everyLineIsDfEsFile() throws {
        let text = try String(contentsOfFile: DfEIntegrationTests.file("la_codes_old_new_region__derived_from_cla_number_and_rate.csv"), encoding: .utf8)
        let rows = text.split(whereSeparator: \.isNewline).dropFirst().map { CSVLine.split(String($0)) }
        #expect(rows.count == directory.entries.count)
        for row in rows {
            let entry = try #require(directory.entry(dfeCode: row[0]), "\(row[1])")
            #expect(entry.name == row[1] && entry.onsCode == row[2] && entry.regionLabel == row[4], "\(row[1])")
        }
    }
}
