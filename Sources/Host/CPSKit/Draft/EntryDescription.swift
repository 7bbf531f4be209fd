import CorporateParenting
import CPSEngine

/// An entry in words for the review (its kind and text), the entries it holds, its mappings, and a copy of it
/// with its children and mappings rewritten.
enum EntryDescription {
    /// "action (commitment)" and the action's text, "item (priority)" and its title...
    static func describe(_ entry: Entry) -> (kind: String, text: String) {
        switch entry {
        case .section(let section): ("section", section.heading)
        case .narrative(let narrative): ("narrative (\(narrative.kind.rawValue))", narrative.text)
        case .item(let item): ("item (\(item.level.rawValue))", [item.label, item.title].compactMap { $0 }.joined(separator: ": "))
        case .action(let action): ("action (\(action.kind.rawValue))", action.text)
        case .evidence(let evidence): ("evidence (\(evidence.kind.rawValue))", evidence.text)
        case .body(let body): ("body (\(body.kind.rawValue))", body.name + (body.ages.map { ", ages \($0)" } ?? "") + (body.meets.map { ", meets \($0.wording)" } ?? ""))
        case .localPrinciple(let principle): ("local principle", principle.text.map { "\(principle.name): \($0)" } ?? principle.name)
        case .definition(let definition): ("definition", "\(definition.term): \(definition.text)")
        case .draft(let draft): describe(draft.entry)
        default: (entry.key, "")
        }
    }

    /// The entries an item or body holds.
    static func children(of entry: Entry) -> [Entry] {
        switch entry {
        case .item(let item): item.content
        case .body(let body): body.content
        default: []
        }
    }

    /// The mappings of an item, action or body.
    static func mappings(of entry: Entry) -> [Mapping] {
        switch entry {
        case .item(let item): item.mappings
        case .action(let action): action.mappings
        case .body(let body): body.mappings
        default: []
        }
    }

    /// `entry` with its children passed through `children` and its mappings through `mapping`.
    static func rewritten(_ entry: Entry, children: ([Entry]) -> [Entry], mapping: (Mapping) -> Mapping) -> Entry {
        switch entry {
        case .item(var item):
            item.mappings = item.mappings.map(mapping)
            item.content = children(item.content)
            return .item(item)
        case .action(var action):
            action.mappings = action.mappings.map(mapping)
            return .action(action)
        case .body(var body):
            body.mappings = body.mappings.map(mapping)
            body.content = children(body.content)
            return .body(body)
        default:
            return entry
        }
    }
}
