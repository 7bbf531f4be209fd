@testable import CPSEngine
@testable import CPSKit
import Testing

@Suite struct TextTokeniserTests {
    @Test func lowerCasesAndKeepsNumbers() {
        #expect(TextTokeniser.tokens("Staying Put to 21") == ["staying", "put", "to", "21"])
    }

    @Test func aRangeIsTwoNumbersAndLettersAfterDigitsAreAWordOfTheirOwn() {
        #expect(TextTokeniser.tokens("18-25") == ["18", "25"])
        #expect(TextTokeniser.tokens("young people 18-21yrs old") == ["young", "people", "18", "21", "yrs", "old"])
    }

    @Test func apostrophesAreDroppedNotSplit() {
        #expect(TextTokeniser.tokens("children's and children’s homes") == ["childrens", "and", "childrens", "homes"])
    }

    @Test func punctuationAndLettersBeyondASCIISeparate() {
        #expect(TextTokeniser.tokens("health & wellbeing, (SDQs); café") == ["health", "wellbeing", "sdqs", "caf"])
    }

    @Test func termsDropStopWordsAndSingleLettersAndStem() {
        #expect(TextTokeniser.terms("We will offer Staying Put to 21 for a young person's placements") == ["offer", "stai", "put", "21", "young", "person", "placement"])
        #expect(TextTokeniser.terms("the to and of a I") == [])
    }

    @Test func queryTermsAreDistinctInOrder() {
        #expect(TextIndex.queryTerms("Placements, placement and PLACE") == ["placement", "place"])
    }
}
