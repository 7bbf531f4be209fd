import CPSEngine
/// Makes the ids of a draft: lower-case hyphenated slugs of the words printed, unique in the pack (a second
/// "Vision" is `vision-2`), the same for the same document every time.
struct DraftIDs {
    private var used: Set<String> = []

    /// A fresh id made from `text`, at most six words; `fallback` when the text has no letters or digits.
    mutating func make(_ text: String, fallback: String) -> String {
        let words = DraftText.words(text).map { $0.filter { $0 != "'" } }.filter { !$0.isEmpty }.prefix(6)
        var base = words.joined(separator: "-").filter { $0.isASCII }
        while base.contains("--") { base = base.replacingAll("--", with: "-") }
        base = String(base.drop { $0 == "-" })
        while base.hasSuffix("-") { base.removeLast() }
        if base.isEmpty || !(base.first?.isLetter ?? false) { base = base.isEmpty ? fallback : fallback + "-" + base }
        var id = base, counter = 2
        while used.contains(id) {
            id = "\(base)-\(counter)"
            counter += 1
        }
        used.insert(id)
        return id
    }
}
