@testable import CPSEngine
@testable import CPSKit
import Foundation
import Testing

/// Wrapping breaks at spaces, cuts long words, and takes time in proportion to the text.
@Suite struct TextWrappingTests {
    @Test func wrapsAtSpacesAndCutsLongWords() {
        #expect(TextWrapping.wrap("the quick brown fox", width: 10) == ["the quick", "brown fox"])
        #expect(TextWrapping.wrap("abcdefghij klm", width: 4) == ["abcd", "efgh", "ij", "klm"])
        #expect(TextWrapping.wrap("ab  cd\n\nef", width: 5) == ["ab cd", "", "ef"])
        #expect(TextWrapping.wrap("abcdefgh x", width: 4) == ["abcd", "efgh", "x"])
        #expect(TextWrapping.wrap("", width: 4) == [""])
        #expect(TextWrapping.wrap("café👩‍👧 ok", width: 5) == ["café👩‍👧", "ok"])
    }

    /// A megabyte without a space: the quadratic wrapper this replaced copied the rest of the word for every line
    /// (about 10⁵ lines of ten characters here, each copying up to a megabyte: minutes in a debug build).
    @Test func wrapsAMegabyteWordInLinearTime() {
        let word = String(repeating: "abcdefghij", count: 100_000)
        let start = Date()
        let lines = TextWrapping.wrap(word, width: 10)
        let seconds = Date().timeIntervalSince(start)
        #expect(lines.count == 100_000)
        #expect(lines.allSatisfy { $0 == "abcdefghij" })
        #expect(seconds < 10, "wrapping a megabyte took \(seconds) s")
    }

    @Test func removesTrailingSpacesOnly() {
        #expect("a b   ".trailingSpacesRemoved() == "a b")
        #expect("   ".trailingSpacesRemoved() == "")
        #expect("é ".trailingSpacesRemoved() == "é")
        #expect(" x".trailingSpacesRemoved() == " x")
    }
}
