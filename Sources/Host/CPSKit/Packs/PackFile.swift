import CorporateParenting

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
    public init(path: String, maximumBytes: Int = defaultMaximumBytes, framework: OutcomeFramework = .standard) throws(CPSError) {
        self.path = path
        let bytes = try FileSystem.read(path, limit: maximumBytes)
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
            }
        }
        let report = read.report
        var findings: [Finding] = []
        for (place, pack) in read.packs {
            let unknown = Self.notes(report.unknownKeys, under: place)
            var allowed: [String: [String]] = [:]
            for note in unknown { allowed[note.path] = report.allowedKeys(at: Self.join(place, Self.parent(of: note.path))) }
            let input = ValidationInput(
                pack: pack, upgraded: read.upgraded, unknownKeys: unknown, allowedKeys: allowed,
                duplicateKeys: Self.notes(report.duplicateKeys, under: place),
                flaggedTexts: Self.texts(report.strings, under: place), framework: framework
            )
            findings += PackValidator.validate(input).map { finding in
                var placed = finding
                placed.path = Self.join(place, finding.path)
                return placed
            }
        }
        // Positions in an upgraded file would be the upgraded text's, not the file's, so none are given.
        if !read.upgraded {
            for index in findings.indices {
                guard let offset = report.offset(of: findings[index].path) else { continue }
                let position = TextPosition(offset: offset, in: bytes)
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

    /// The flagged texts of the pack at `place`, with paths relative to it.
    static func texts(_ texts: [FlaggedText], under place: String) -> [FlaggedText] {
        guard !place.isEmpty else { return texts }
        return texts.compactMap { text in
            text.path.hasPrefix(place + ".") ? FlaggedText(path: String(text.path.dropFirst(place.count + 1)), key: text.key, text: text.text) : nil
        }
    }

    /// The notes about the pack at `place`, with paths relative to it.
    static func notes(_ notes: [KeyNote], under place: String) -> [KeyNote] {
        guard !place.isEmpty else { return notes }
        return notes.compactMap { note in
            if note.path.hasPrefix(place + ".") { return KeyNote(path: String(note.path.dropFirst(place.count + 1)), offset: note.offset) }
            return nil
        }
    }

    /// The findings of error severity.
    public var errors: [Finding] { findings.filter { $0.severity == .error } }

    static func join(_ place: String, _ path: String) -> String {
        guard !place.isEmpty else { return path }
        guard !path.isEmpty else { return place }
        return path.hasPrefix("[") ? place + path : place + "." + path
    }

}
