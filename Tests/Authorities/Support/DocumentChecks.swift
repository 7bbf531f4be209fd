import CorporateParenting
import Testing

/// The checks every built-in council's pack must pass against its document: its outline in the document's order,
/// every quoted text and every figure found in the document.
enum DocumentChecks {
    /// Runs the three checks for `pack`, or records one skip line when `../shared/seeds` is absent. `repairs`
    /// undo extraction damage (see ``SeedDocument/init(council:repairs:)``); each must match the document.
    static func check(
        _ pack: AuthorityPack, repairs: [(damaged: String, printed: String)] = [],
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        guard let document = SeedDocument(council: pack.id, repairs: repairs) else {
            print(SeedDocument.absent.rawValue)
            return
        }
        #expect(document.unusedRepairs.isEmpty, "repairs of text not in the document", sourceLocation: sourceLocation)
        let headings = PackIndex(pack).outline.map(\.heading)
        #expect(document.firstHeadingOutOfOrder(headings) == nil,
                "heading not found in the document's order", sourceLocation: sourceLocation)
        for (path, text) in try PackQuotes.texts(in: pack) where !document.contains(text) {
            Issue.record("\(path): \"\(text)\" is not in the document", sourceLocation: sourceLocation)
        }
        for (path, value) in try PackQuotes.figures(in: pack) where !document.containsNumber(value) {
            Issue.record("\(path): \(value) is not printed in the document", sourceLocation: sourceLocation)
        }
    }
}
