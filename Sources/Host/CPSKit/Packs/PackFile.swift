import CorporateParenting
import CPSEngine

/// One pack file read, decoded and checked: its packs (a file holds one pack or an array of them), each with its
/// findings placed by line and column.
public struct PackFile: Sendable {
    /// The file's path.
    public var path: String
    /// The packs it holds, each with the JSON path of its place in the file ("" for a file of one pack).
    public var packs: [(place: String, pack: AuthorityPack)]
    /// Every rule's findings, with lines and columns.
    public var findings: [Finding]
    /// Whether the file held schema version 1 packs, upgraded as they were read.
    public var upgraded: Bool

    /// The largest pack file read unless told otherwise (`--max-pack-bytes`, `CPS_MAX_PACK_BYTES`).
    public static let defaultMaximumBytes = 16 * 1024 * 1024

    /// Reads and checks a file; an unreadable file or one that is not a pack (or an array of packs) is an error.
    /// Unknown keys are error findings unless `allowsUnknownKeys`, when they are warnings.
    public init(path: String, maximumBytes: Int = defaultMaximumBytes, framework: OutcomeFramework = .standard, allowsUnknownKeys: Bool = false) throws(CPSError) {
        self.path = path
        let bytes = try CPSError.engine { () throws(EngineError) in try FileSystem.read(path, limit: maximumBytes) }
        let read: PackRead
        do {
            read = try PackCoding.readPacks(bytes)
        } catch {
            switch error {
            case .syntax(let syntax):
                throw .badInput(file: path, place: "line \(syntax.line), column \(syntax.column)", reason: syntax.reason)
            case .shape(let place, let reason, let position):
                let at = place.isEmpty ? "at the top level" : "at \(place)"
                throw .badInput(file: path, place: position.map { "\(at) (\($0))" } ?? at, reason: reason)
            case .several(let errors):
                throw .undecodablePack(file: path, problems: errors.map(\.description))
            }
        }
        let report = read.report
        let unknownKeys = Self.byPack(report.unknownKeys, path: \.path) { KeyNote(path: $1, offset: $0.offset) }
        let duplicateKeys = Self.byPack(report.duplicateKeys, path: \.path) { KeyNote(path: $1, offset: $0.offset) }
        let texts = Self.byPack(report.strings, path: \.path) { FlaggedText(path: $1, key: $0.key, text: $0.text) }
        let allowedKeys = report.allowedKeys(at: report.unknownKeys.map { Self.parent(of: $0.path) })
        var allowedByPath: [String: [String]] = [:]
        for (note, keys) in zip(report.unknownKeys, allowedKeys) { allowedByPath[note.path] = keys }
        var findings: [Finding] = []
        for (place, pack) in read.packs {
            let unknown = unknownKeys[place] ?? []
            var allowed: [String: [String]] = [:]
            for note in unknown { allowed[note.path] = allowedByPath[Self.join(place, note.path)] }
            let input = ValidationInput(
                pack: pack, upgraded: read.upgraded, unknownKeys: unknown, allowedKeys: allowed,
                duplicateKeys: duplicateKeys[place] ?? [], flaggedTexts: texts[place] ?? [], framework: framework,
                allowsUnknownKeys: allowsUnknownKeys
            )
            findings += PackValidator.validate(input).map { finding in
                var placed = finding
                placed.path = Self.join(place, finding.path)
                return placed
            }
        }
        // Positions in an upgraded file would be the upgraded text's, not the file's, so none are given. All
        // findings are placed together, in one reading of the file.
        if !read.upgraded {
            let offsets = report.offsets(of: findings.map(\.path))
            let found = findings.indices.filter { offsets[$0] != nil }
            let positions = TextPosition.positions(of: found.map { offsets[$0]! }, in: bytes)
            for (index, position) in zip(found, positions) {
                findings[index].line = position.line
                findings[index].column = position.column
            }
        }
        packs = read.packs
        upgraded = read.upgraded
        self.findings = findings
    }

    /// The JSON path of what holds `path` ("a.b[2].c" -> "a.b[2]").
    static func parent(of path: String) -> String {
        guard let cut = path.lastIndex(where: { $0 == "." || $0 == "[" }) else { return "" }
        return String(path[..<cut])
    }

    /// Notes of the file split by the pack they are about, with paths relative to it: for a file of one pack,
    /// all of them under `""`; for an array of packs, each note whose path starts `[i].` under `"[i]"`. One pass,
    /// however many packs the file holds.
    static func byPack<Note>(_ notes: [Note], path: (Note) -> String, rebuild: (Note, String) -> Note) -> [String: [Note]] {
        var split: [String: [Note]] = [:]
        for note in notes {
            let full = path(note)
            guard full.hasPrefix("["), let close = full.firstIndex(of: "]") else {
                split["", default: []].append(note)
                continue
            }
            let after = full.index(after: close)
            guard after < full.endIndex, full[after] == "." else { continue }
            split[String(full[..<after]), default: []].append(rebuild(note, String(full[full.index(after: after)...])))
        }
        return split
    }

    /// How many prompts still read "TO BE COMPLETED" and how many entries are drafts, in all the file's packs.
    public var unfilled: (prompts: Int, drafts: Int) {
        (findings.filter { $0.rule == ToBeCompletedRule.description.id }.count, findings.filter { $0.rule == DraftEntryRule.description.id }.count)
    }

    /// The findings of error severity.
    public var errors: [Finding] { findings.filter { $0.severity == .error } }

    static func join(_ place: String, _ path: String) -> String {
        guard !place.isEmpty else { return path }
        guard !path.isEmpty else { return place }
        return path.hasPrefix("[") ? place + path : place + "." + path
    }

}
