/// Gives every section written without an id one derived from its heading, unique in the pack.
struct SectionIDs {
    private var taken: Set<String> = []

    /// Notes the ids the sections already have, so derived ones avoid them.
    init(_ sections: [Section]) {
        func note(_ entries: [Entry]) {
            for entry in entries {
                switch entry {
                case .section(let section):
                    if !section.id.rawValue.isEmpty { taken.insert(section.id.rawValue) }
                    note(section.content)
                case .item(let item): note(item.content)
                case .body(let body): note(body.content)
                default: break
                }
            }
        }
        note(sections.map(Entry.section))
    }

    /// `section` with ids filled in, its own and those below it, in document order.
    mutating func assigned(_ section: Section) -> Section {
        var copy = section
        if copy.id.rawValue.isEmpty { copy.id = ID(rawValue: unique(Self.slug(section.heading))) }
        copy.content = assigned(copy.content)
        return copy
    }

    private mutating func assigned(_ entries: [Entry]) -> [Entry] {
        entries.map { entry in
            switch entry {
            case .section(let section): return .section(assigned(section))
            case .item(var item): item.content = assigned(item.content); return .item(item)
            case .body(var body): body.content = assigned(body.content); return .body(body)
            default: return entry
            }
        }
    }

    private mutating func unique(_ base: String) -> String {
        var candidate = base, n = 2
        while taken.contains(candidate) {
            candidate = "\(base)-\(n)"
            n += 1
        }
        taken.insert(candidate)
        return candidate
    }

    /// Lower case letters and digits of the first six words, hyphenated ("Being Heard – Working Group" ->
    /// "being-heard-working-group"); "section" for a heading with none.
    static func slug(_ heading: String) -> String {
        var words: [String] = [], word = ""
        for character in heading.lowercased() {
            if character.isASCII, character.isLetter || character.isNumber {
                word.append(character)
            } else if character == "'" || character == "’" {
                continue
            } else if !word.isEmpty {
                words.append(word)
                word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        return words.isEmpty ? "section" : words.prefix(6).joined(separator: "-")
    }
}
