import CorporateParenting
import CPSEngine

/// The small keyword table `cps draft` suggests principles, domains and standard measures from. A suggestion is
/// never the council's word: it becomes a mapping with basis `suggested` and a sentence in the draft's
/// `suggestions`, until a person judges it.
enum DraftKeywords {
    /// One row: the words looked for (lower case), and what they suggest.
    struct Row: Sendable {
        /// The words, any of which suggests the rest.
        var words: [String]
        /// The domain suggested.
        var domain: DomainID?
        /// The standard measure suggested (evidence only).
        var measure: StandardMeasureID?
        /// The principle suggested.
        var principle: Int?
    }

    /// The table, most specific first.
    static let rows: [Row] = [
        Row(words: ["staying put"], domain: .adulthood, measure: "staying-put"),
        Row(words: ["personal education plan", "pep"], domain: .education, measure: "pep-completion"),
        Row(words: ["placement stability", "placement moves", "three or more placements", "placement changes"], domain: .homes, measure: "placement-stability-short-term", principle: 6),
        Row(words: ["long-term placement", "same placement for at least 2 years", "long term stability"], domain: .homes, measure: "placement-stability-long-term", principle: 6),
        Row(words: ["health assessment", "health assessments"], domain: .health, measure: "health-assessment", principle: 1),
        Row(words: ["dental"], domain: .health, measure: "dental-check"),
        Row(words: ["immunisation", "immunisations"], domain: .health, measure: "immunisations"),
        Row(words: ["sdq", "strengths and difficulties"], domain: .health, measure: "sdq-average"),
        Row(words: ["missing from care", "go missing", "missing episodes"], domain: .safety, measure: "missing-incident", principle: 6),
        Row(words: ["exclusion", "exclusions"], domain: .education, measure: "school-exclusion"),
        Row(words: ["attendance", "persistent absence"], domain: .education, measure: "persistent-absence"),
        Row(words: ["in touch"], domain: .adulthood, measure: "care-leavers-in-touch"),
        Row(words: ["suitable accommodation"], domain: .adulthood, measure: "care-leavers-suitable-accommodation-19-21", principle: 7),
        Row(words: ["education, employment or training", "employment, education and training", "neet", "eet"], domain: .adulthood, measure: "care-leavers-eet-19-21", principle: 7),
        Row(words: ["caseload", "caseloads"], domain: .workforce, measure: "social-worker-caseload"),
        Row(words: ["views, wishes and feelings", "voice", "participation", "be heard", "being heard", "listen"], domain: .voice, principle: 2),
        Row(words: ["take into account", "take account of their views"], domain: .voice, principle: 3),
        Row(words: ["access to services", "make best use of", "local offer"], principle: 4),
        Row(words: ["aspiration", "aspirations", "education", "school", "attainment", "virtual school"], domain: .education, principle: 5),
        Row(words: ["placement", "placements", "foster", "fostering", "home", "homes", "residential", "sufficiency"], domain: .homes, principle: 6),
        Row(words: ["safe", "safety", "exploitation", "protected"], domain: .safety, principle: 6),
        Row(words: ["health", "wellbeing", "well-being", "mental health", "emotional"], domain: .health, principle: 1),
        Row(words: ["relationships", "identity", "family time", "siblings", "belonging"], domain: .relationships),
        Row(words: ["adulthood", "independence", "independent living", "care leavers", "leaving care", "pathway plan", "housing"], domain: .adulthood, principle: 7),
        Row(words: ["corporate parenting board", "elected members", "councillors", "governance"], domain: .governance),
        Row(words: ["social workers", "workforce", "recruit", "training"], domain: .workforce),
    ]

    /// Each row's words as looked for: their words joined by single spaces, with a space either side.
    static let keyed: [[[UInt8]]] = rows.map { row in row.words.map { Array((" " + DraftText.words($0).joined(separator: " ") + " ").utf8) } }

    /// Whether `needle` occurs in `haystack`, byte for byte (the stdlib's generic search is slow for this).
    static func occurs(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
        guard let first = needle.first, needle.count <= haystack.count else { return false }
        var index = 0
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first {
                var matched = 1
                while matched < needle.count, haystack[index + matched] == needle[matched] { matched += 1 }
                if matched == needle.count { return true }
            }
            index += 1
        }
        return false
    }

    /// What `text` suggests: its mapping (basis `suggested`), the first standard measure, and the sentences saying
    /// which words suggested what; nil when nothing does.
    static func suggest(_ text: String) -> (mapping: Mapping?, measure: StandardMeasureID?, sentences: [String]) {
        let lower = Array((" " + DraftText.words(text).joined(separator: " ") + " ").utf8)
        var domains: [DomainID] = [], principles: [PrincipleNumber] = []
        var measure: StandardMeasureID?
        var sentences: [String] = []
        for (row, keys) in zip(rows, keyed) {
            guard let at = keys.firstIndex(where: { occurs($0, in: lower) }) else { continue }
            let word = row.words[at]
            if let domain = row.domain, !domains.contains(domain) {
                domains.append(domain)
                sentences.append("domain \(domain.rawValue) from \"\(word)\"")
            }
            if let number = row.principle, !principles.contains(PrincipleNumber(rawValue: number)) {
                principles.append(PrincipleNumber(rawValue: number))
                sentences.append("principle \(number) from \"\(word)\"")
            }
            if measure == nil, let suggested = row.measure {
                measure = suggested
                sentences.append("standard measure \(suggested.rawValue) from \"\(word)\"")
            }
        }
        guard !sentences.isEmpty else { return (nil, nil, []) }
        let mapping = domains.isEmpty && principles.isEmpty ? nil : Mapping(
            principles: principles.sorted(), domains: domains, basis: .suggested,
            note: "Suggested by cps draft from the words " + sentences.compactMap { $0.split(separator: "\"").dropFirst().first.map { "\"\($0)\"" } }.uniqued().joined(separator: ", ") + "."
        )
        return (mapping, measure, sentences)
    }
}
