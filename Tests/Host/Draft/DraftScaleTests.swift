import CorporateParenting
import CPSEngine
import CPSKit
import Foundation
import Testing

/// `cps draft` stays linear in the document's length: a document of 2,000 sections (some 40,000 lines, far more than
/// a 60-page strategy), with a contents page, numbered headings, lead-ins, bullets, figures and repeated headings,
/// drafts in seconds even in a debug build; anything quadratic in lines or sections would take minutes.
@Suite struct DraftScaleTests {
    static func document(sections: Int) -> String {
        var text = "Testshire Corporate Parenting Strategy 2024-2027\n\nContents\n"
        for index in 1...20 { text += "\(index). Priority number \(index)\t\(index + 2)\n" }
        text += "\n"
        for index in 1...sections {
            text += "\n\(index). Priority number \(index)\n\nOur aim is that children in part \(index) are heard.\n\n"
            text += "In 2023, \(index % 100)% of children had a health assessment, against 88% nationally.\n\nWe will:\n"
            for bullet in 1...8 { text += "• Do the thing numbered \(bullet) in part \(index) with Staying Put and placement stability.\n" }
            text += "\nWhat will success look like?\n\nYoung people will say they were listened to.\n\n\(index % 40 + 1)\n"
        }
        return text
    }

    @Test func twoThousandSectionsInSeconds() throws {
        let text = Self.document(sections: 2000)
        let start = ContinuousClock.now
        let pack = try PackDrafter.draft(text, format: .text, identity: PackDrafter.Identity(id: "testshire", name: "Testshire Council"))
        let elapsed = ContinuousClock.now - start
        let outline = PackIndex(pack).outline
        #expect(outline.count == 2 + 2000 * 2)
        #expect(Set(outline.map(\.id)).count == outline.count)
        #expect(PackIndex(pack).drafts.count > 2000 * 10)
        // Linear work here is about a second in a debug build; a quadratic pass over 40,000 lines would be minutes.
        #expect(elapsed < .seconds(30), "took \(elapsed)")
    }
}
