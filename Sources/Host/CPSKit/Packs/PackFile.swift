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

    /// The largest pack file read unless told otherwise (`--max-pack-bytes`, `CPS_MAX_PACK_BYTES`).
    public static let defaultMaximumBytes = 16 * 1024 * 1024

    /// Reads and checks a file; an unreadable file or one that is not a pack (or an array of packs) is an error.
    public init(path: String, maximumBytes: Int = defaultMaximumBytes, framework: OutcomeFramework = .standard) throws(CPSError) {
        self.path = path
        let bytes = try FileSystem.read(path, limit: maximumBytes)
        let json: JSONValue
        do {
            json = try JSONParser.parse(bytes)
        } catch let error as JSONSyntaxError {
            throw .badInput(file: path, place: "line \(error.line), column \(error.column)", reason: error.reason)
        } catch {
            throw .badInput(file: path, place: nil, reason: "\(error)")
        }
        var elements: [(String, JSONValue)] = [("", json)]
        if case .array(let array) = json {
            guard !array.isEmpty else { throw .badInput(file: path, place: nil, reason: "the file holds an empty array, not a pack") }
            elements = array.enumerated().map { ("[\($0.offset)]", $0.element) }
        }
        var packs: [(String, AuthorityPack)] = []
        var findings: [Finding] = []
        let offsets = JSONParser.offsets(in: bytes)
        for (place, element) in elements {
            let pack: AuthorityPack
            do {
                pack = try JSONValueDecoder().decode(AuthorityPack.self, from: element)
            } catch let error as DecodingError {
                let described = PackDecodingError(error, in: [])
                guard case .shape(let inner, let reason, _) = described else { throw .badInput(file: path, place: nil, reason: described.description) }
                let full = Self.join(place, inner)
                throw .badInput(file: path, place: Self.describe(full, offsets[full], bytes), reason: reason)
            } catch {
                throw .badInput(file: path, place: place.isEmpty ? nil : "at \(place)", reason: "\(error)")
            }
            packs.append((place, pack))
            for var finding in PackValidator.validate(ValidationInput(pack: pack, json: element, framework: framework)) {
                finding.path = Self.join(place, finding.path)
                if let offset = offsets[finding.path] {
                    let position = TextPosition(offset: offset, in: bytes)
                    finding.line = position.line
                    finding.column = position.column
                }
                findings.append(finding)
            }
        }
        self.packs = packs
        self.findings = findings
    }

    /// The findings of error severity.
    public var errors: [Finding] { findings.filter { $0.severity == .error } }

    static func join(_ place: String, _ path: String) -> String {
        guard !place.isEmpty else { return path }
        guard !path.isEmpty else { return place }
        return path.hasPrefix("[") ? place + path : place + "." + path
    }

    static func describe(_ path: String, _ offset: Int?, _ bytes: [UInt8]) -> String {
        let place = path.isEmpty ? "at the top level" : "at \(path)"
        guard let offset else { return place }
        return "\(place) (\(TextPosition(offset: offset, in: bytes)))"
    }
}
