import CPSEngine
/// Which similarity `cps similarity` shows.
public enum SimilarityMethod: String, CaseIterable, Sendable {
    /// Framework tags: the domains and principles the items serve and the standard measures monitored.
    case tags
    /// Text: TF-IDF cosine of what the strategies commit to and aim for (``TextSimilarity``).
    case text
    /// Both, text first.
    case both

    var showsTags: Bool { self != .text }
    var showsText: Bool { self != .tags }
}
