/// The words too common in any English text to tell strategies or commitments apart, left out of every term list.
///
/// Deliberately small: function words only. Words common in corporate parenting strategies but not in English
/// ("children", "care", "support") are kept, and inverse document frequency weighs them down instead, so a search
/// for "care leavers" still finds care leavers. `Benchmarks/text_reference.py` holds the same list.
public enum StopWords {
    /// Every stop word, lower-case.
    public static let all: Set<String> = [
        "a", "about", "after", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "been", "being", "both",
        "but", "by", "can", "could", "did", "do", "does", "each", "for", "from", "had", "has", "have", "he", "her", "him",
        "his", "how", "i", "if", "in", "into", "is", "it", "its", "may", "me", "more", "most", "my", "no", "not", "of",
        "on", "or", "our", "ours", "she", "should", "so", "such", "than", "that", "the", "their", "them", "then", "there",
        "these", "they", "this", "those", "through", "to", "too", "us", "was", "we", "were", "what", "when", "where",
        "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your",
    ]
}
