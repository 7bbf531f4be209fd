import CorporateParenting

/// The searchable text of many strategies: every commitment, pledge, item title, aim and monitored measure
/// (``TextKind``), each a ``TextDocument`` reduced to terms (``TextTokeniser``), with an inverted index from each
/// term to the documents holding it.
///
/// Terms are numbered in alphabetical order, so a document's terms sorted by number are sorted by spelling, and
/// sums over them come out in the same order in `Benchmarks/text_reference.py`.
///
/// ```swift
/// let index = TextIndex(profiles)
/// for hit in index.search("Staying Put to 21", TextFilter(kinds: [.commitment, .pledge])) {
///     print(hit.document.authority.name, hit.document.text)
/// }
/// ```
public struct TextIndex: Sendable {
    /// Every document, strategy by strategy in the order given, each strategy's in ``TextIndex/documents(of:)`` order.
    public let documents: [TextDocument]
    /// The strategies, in the order given.
    public let strategies: [AuthorityRef]
    /// Each document's strategy's place in ``strategies``.
    let strategyOf: [Int32]
    /// Every term, in alphabetical order; a term's number is its place here.
    public let terms: [String]
    /// Each term's number.
    let termNumbers: [String: Int32]
    /// Document d's terms, in order, are `sequence[sequenceStart[d]..<sequenceStart[d + 1]]`.
    let sequence: [Int32]
    let sequenceStart: [Int]
    /// Term t's postings are `postingDocuments/postingCounts[postingStart[t]..<postingStart[t + 1]]`, by document.
    let postingDocuments: [Int32]
    let postingCounts: [Int32]
    let postingStart: [Int]

    /// Indexes the strategies' text.
    public init(_ profiles: [PackProfile]) {
        var documents: [TextDocument] = []
        var strategyOf: [Int32] = []
        for (number, profile) in profiles.enumerated() {
            let own = Self.documents(of: profile)
            documents += own
            strategyOf += Array(repeating: Int32(number), count: own.count)
        }
        var stems: [String: String?] = [:]
        var spelled: [[String]] = []
        spelled.reserveCapacity(documents.count)
        var vocabulary = Set<String>()
        for document in documents {
            var terms: [String] = []
            for token in TextTokeniser.tokens(document.text) {
                let term: String?
                if let known = stems[token] { term = known } else { term = TextTokeniser.term(token); stems[token] = term }
                if let term { terms.append(term) }
            }
            vocabulary.formUnion(terms)
            spelled.append(terms)
        }
        let terms = vocabulary.sorted()
        var numbers: [String: Int32] = [:]
        for (number, term) in terms.enumerated() { numbers[term] = Int32(number) }
        var sequence: [Int32] = [], sequenceStart = [0]
        var counts = [Int](repeating: 0, count: terms.count)
        for document in spelled {
            let numbered = document.map { numbers[$0]! }
            sequence += numbered
            sequenceStart.append(sequence.count)
            for term in Set(numbered) { counts[Int(term)] += 1 }
        }
        var postingStart = [0]
        for count in counts { postingStart.append(postingStart.last! + count) }
        var fill = Array(postingStart.dropLast())
        var postingDocuments = [Int32](repeating: 0, count: postingStart.last!)
        var postingCounts = [Int32](repeating: 0, count: postingStart.last!)
        for document in spelled.indices {
            var local: [Int32: Int32] = [:]
            for term in sequence[sequenceStart[document]..<sequenceStart[document + 1]] { local[term, default: 0] += 1 }
            for (term, count) in local.sorted(by: { $0.key < $1.key }) {
                postingDocuments[fill[Int(term)]] = Int32(document)
                postingCounts[fill[Int(term)]] = count
                fill[Int(term)] += 1
            }
        }
        self.documents = documents
        self.strategies = profiles.map(\.ref)
        self.strategyOf = strategyOf
        self.terms = terms
        self.termNumbers = numbers
        self.sequence = sequence
        self.sequenceStart = sequenceStart
        self.postingDocuments = postingDocuments
        self.postingCounts = postingCounts
        self.postingStart = postingStart
    }

    /// A strategy's documents: its items' titles, then its actions, its aims and the metrics it monitors, each
    /// kind in document order.
    public static func documents(of profile: PackProfile) -> [TextDocument] {
        let index = profile.index, ref = profile.ref, period = profile.pack.document.period
        var known: [ID<Section>: [String]] = [:]
        func document(_ kind: TextKind, _ id: String?, _ section: ID<Section>, _ path: String, _ text: String) -> TextDocument {
            let above = known[section] ?? headings(index, section)
            known[section] = above
            return TextDocument(authority: ref, period: period, kind: kind, id: id, path: path, headings: above, text: text)
        }
        var documents: [TextDocument] = []
        for item in index.items {
            documents.append(document(item.value.level == .pledge ? .pledge : .item, item.value.id.rawValue, item.section, item.path, item.value.title))
        }
        for action in index.actions {
            documents.append(document(action.value.kind == .promise ? .pledge : .commitment, nil, action.section, action.path, action.value.text))
        }
        for narrative in index.narratives where narrative.value.kind == .aim {
            documents.append(document(.aim, nil, narrative.section, narrative.path, narrative.value.text))
        }
        for evidence in index.evidence where evidence.value.kind == .metric && evidence.value.purpose == .monitor {
            documents.append(document(.measure, evidence.value.id?.rawValue, evidence.section, evidence.path, evidence.value.text))
        }
        return documents
    }

    /// The heading path of a section, an attached plan's title first (as ``PackIndex/source(of:)``), or the
    /// section's id when the pack has no such section.
    static func headings(_ index: PackIndex, _ section: ID<Section>) -> [String] {
        guard let node = index.node(section) else { return [section.rawValue] }
        let plan = node.plan.map { _ -> String in
            let source = index.source(of: section)
            return source.firstRange(of: " › ").map { String(source[..<$0.lowerBound]) } ?? source
        }
        return [plan].compactMap { $0 } + index.headings(of: section)
    }

    /// The distinct terms of `query`, in the order first given: what a search looks for. Empty when the query holds
    /// only stop words, single letters or punctuation.
    public static func queryTerms(_ query: String) -> [String] {
        var seen = Set<String>()
        return TextTokeniser.terms(query).filter { seen.insert($0).inserted }
    }

    /// Document d's term count (its length for BM25).
    func length(_ document: Int) -> Int { sequenceStart[document + 1] - sequenceStart[document] }
}
