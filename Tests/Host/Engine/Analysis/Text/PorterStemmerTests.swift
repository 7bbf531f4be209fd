@testable import CPSEngine
@testable import CPSKit
import Testing

@Suite struct PorterStemmerTests {
    /// Porter's own examples (1980, steps 1 to 5, run through the whole algorithm) and words the strategies use.
    static let table: [(String, String)] = [
        ("caresses", "caress"), ("ponies", "poni"), ("ties", "ti"), ("caress", "caress"), ("cats", "cat"),
        ("feed", "feed"), ("agreed", "agre"), ("plastered", "plaster"), ("bled", "bled"), ("motoring", "motor"),
        ("sing", "sing"), ("conflated", "conflat"), ("troubled", "troubl"), ("sized", "size"), ("hopping", "hop"),
        ("tanned", "tan"), ("falling", "fall"), ("hissing", "hiss"), ("fizzed", "fizz"), ("failing", "fail"),
        ("filing", "file"), ("happy", "happi"), ("sky", "sky"), ("relational", "relat"), ("conditional", "condit"),
        ("rational", "ration"), ("digitizer", "digit"), ("vietnamization", "vietnam"), ("operator", "oper"),
        ("feudalism", "feudal"), ("decisiveness", "decis"), ("hopefulness", "hope"), ("callousness", "callous"),
        ("formaliti", "formal"), ("sensitiviti", "sensit"), ("triplicate", "triplic"), ("formative", "form"),
        ("electrical", "electr"), ("goodness", "good"), ("revival", "reviv"), ("allowance", "allow"),
        ("inference", "infer"), ("airliner", "airlin"), ("adjustable", "adjust"), ("defensible", "defens"),
        ("irritant", "irrit"), ("replacement", "replac"), ("adjustment", "adjust"), ("dependent", "depend"),
        ("adoption", "adopt"), ("communism", "commun"), ("activate", "activ"), ("effective", "effect"),
        ("bowdlerize", "bowdler"), ("probate", "probat"), ("rate", "rate"), ("cease", "ceas"), ("controll", "control"),
        ("roll", "roll"), ("generalizations", "gener"), ("oscillators", "oscil"),
        // The strategies' words: forms of one word meet, different words stay apart.
        ("commitments", "commit"), ("committed", "commit"), ("commit", "commit"), ("leavers", "leaver"),
        ("leaver", "leaver"), ("placements", "placement"), ("placement", "placement"), ("staying", "stai"),
        ("stay", "stai"), ("education", "educ"), ("educational", "educ"), ("stability", "stabil"), ("stable", "stabl"),
        ("apprenticeships", "apprenticeship"), ("fostering", "foster"), ("carers", "carer"), ("listening", "listen"),
    ]

    @Test(arguments: table) func stems(_ word: String, _ stem: String) {
        #expect(PorterStemmer.stem(word) == stem, "\(word)")
    }

    @Test func leavesShortWordsNumbersAndNonLettersAlone() {
        #expect(PorterStemmer.stem("is") == "is")
        #expect(PorterStemmer.stem("21") == "21")
        #expect(PorterStemmer.stem("café") == "café")
    }
}
