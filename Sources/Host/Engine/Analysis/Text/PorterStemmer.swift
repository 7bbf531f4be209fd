/// Martin Porter's 1980 suffix stripper for English ("An algorithm for suffix stripping", Program 14(3)), written
/// here as the paper sets it out, so "commitments", "committed" and "commit" meet at one stem and "placement" and
/// "placements" at another.
///
/// It works on lower-case ASCII letters; a word holding anything else, or of two letters or fewer, is returned as
/// it is. In each step the longest suffix that matches is the only one tried: when its condition fails, the step
/// leaves the word alone. `Benchmarks/text_reference.py` carries the same algorithm, rule for rule.
///
/// ```swift
/// PorterStemmer.stem("relational")   // "relat"
/// PorterStemmer.stem("stability")    // "stabil"
/// ```
public enum PorterStemmer {
    /// The stem of `word`.
    public static func stem(_ word: String) -> String {
        var letters = Array(word.utf8)
        guard letters.count > 2, letters.allSatisfy({ $0 >= 97 && $0 <= 122 }) else { return word }
        step1a(&letters)
        step1b(&letters)
        step1c(&letters)
        replace(&letters, step2Rules, when: { $0 > 0 })
        replace(&letters, step3Rules, when: { $0 > 0 })
        step4(&letters)
        step5(&letters)
        return String(decoding: letters, as: UTF8.self)
    }

    typealias Rule = (suffix: [UInt8], replacement: [UInt8])

    static func rules(_ pairs: [(String, String)]) -> [Rule] {
        pairs.map { (Array($0.0.utf8), Array($0.1.utf8)) }.sorted { $0.suffix.count > $1.suffix.count }
    }

    static let step2Rules = rules([
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"), ("abli", "able"),
        ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"), ("ization", "ize"), ("ation", "ate"),
        ("ator", "ate"), ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"),
        ("iviti", "ive"), ("biliti", "ble"),
    ])

    static let step3Rules = rules([
        ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
    ])

    static let step4Suffixes = rules([
        ("al", ""), ("ance", ""), ("ence", ""), ("er", ""), ("ic", ""), ("able", ""), ("ible", ""), ("ant", ""),
        ("ement", ""), ("ment", ""), ("ent", ""), ("ion", ""), ("ou", ""), ("ism", ""), ("ate", ""), ("iti", ""),
        ("ous", ""), ("ive", ""), ("ize", ""),
    ])

    /// Whether the letter at `index` is a consonant: not a, e, i, o or u, and not a y after a consonant.
    static func isConsonant(_ word: ArraySlice<UInt8>, _ index: Int) -> Bool {
        switch word[index] {
        case 97, 101, 105, 111, 117: return false
        case 121: return index == word.startIndex ? true : !isConsonant(word, index - 1)
        default: return true
        }
    }

    /// The measure m of a stem written [C](VC)^m[V]: how many vowel-consonant runs it has.
    static func measure(_ stem: ArraySlice<UInt8>) -> Int {
        var count = 0, index = stem.startIndex
        while index < stem.endIndex, isConsonant(stem, index) { index += 1 }
        while index < stem.endIndex {
            while index < stem.endIndex, !isConsonant(stem, index) { index += 1 }
            guard index < stem.endIndex else { break }
            count += 1
            while index < stem.endIndex, isConsonant(stem, index) { index += 1 }
        }
        return count
    }

    static func hasVowel(_ stem: ArraySlice<UInt8>) -> Bool {
        stem.indices.contains { !isConsonant(stem, $0) }
    }

    /// Whether the stem ends in a double consonant (*d).
    static func endsDouble(_ stem: ArraySlice<UInt8>) -> Bool {
        let end = stem.endIndex
        return stem.count >= 2 && stem[end - 1] == stem[end - 2] && isConsonant(stem, end - 1)
    }

    /// Whether the stem ends consonant-vowel-consonant, the last not w, x or y (*o).
    static func endsCVC(_ stem: ArraySlice<UInt8>) -> Bool {
        let end = stem.endIndex
        guard stem.count >= 3, isConsonant(stem, end - 3), !isConsonant(stem, end - 2), isConsonant(stem, end - 1) else { return false }
        return ![119, 120, 121].contains(stem[end - 1])
    }

    static func ends(_ word: [UInt8], _ suffix: [UInt8]) -> Bool {
        word.count >= suffix.count && word[(word.count - suffix.count)...].elementsEqual(suffix)
    }

    /// Applies the longest matching rule when `condition` holds of the stem's measure; tries no shorter one.
    static func replace(_ word: inout [UInt8], _ rules: [Rule], when condition: (Int) -> Bool) {
        guard let rule = rules.first(where: { ends(word, $0.suffix) }) else { return }
        let stem = word[..<(word.count - rule.suffix.count)]
        if condition(measure(stem)) { word = Array(stem) + rule.replacement }
    }

    static func step1a(_ word: inout [UInt8]) {
        if ends(word, Array("sses".utf8)) || ends(word, Array("ies".utf8)) {
            word.removeLast(2)
        } else if ends(word, Array("ss".utf8)) {
            return
        } else if word.last == 115 {
            word.removeLast()
        }
    }

    static func step1b(_ word: inout [UInt8]) {
        if ends(word, Array("eed".utf8)) {
            if measure(word[..<(word.count - 3)]) > 0 { word.removeLast() }
            return
        }
        var removed = false
        for suffix in ["ed", "ing"].map({ Array($0.utf8) }) where ends(word, suffix) && hasVowel(word[..<(word.count - suffix.count)]) {
            word.removeLast(suffix.count)
            removed = true
            break
        }
        guard removed else { return }
        if ends(word, Array("at".utf8)) || ends(word, Array("bl".utf8)) || ends(word, Array("iz".utf8)) {
            word.append(101)
        } else if endsDouble(word[...]), let last = word.last, ![108, 115, 122].contains(last) {
            word.removeLast()
        } else if measure(word[...]) == 1, endsCVC(word[...]) {
            word.append(101)
        }
    }

    static func step1c(_ word: inout [UInt8]) {
        if word.last == 121, hasVowel(word[..<(word.count - 1)]) { word[word.count - 1] = 105 }
    }

    static func step4(_ word: inout [UInt8]) {
        guard let rule = step4Suffixes.first(where: { ends(word, $0.suffix) }) else { return }
        let stem = word[..<(word.count - rule.suffix.count)]
        guard measure(stem) > 1 else { return }
        if rule.suffix == Array("ion".utf8), !(stem.last == 115 || stem.last == 116) { return }
        word = Array(stem)
    }

    static func step5(_ word: inout [UInt8]) {
        if word.last == 101 {
            let stem = word[..<(word.count - 1)]
            let m = measure(stem)
            if m > 1 || (m == 1 && !endsCVC(stem)) { word.removeLast() }
        }
        if word.count >= 2, word.last == 108, endsDouble(word[...]), measure(word[...]) > 1 { word.removeLast() }
    }
}
