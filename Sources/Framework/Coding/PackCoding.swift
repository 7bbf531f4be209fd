/// Reading and writing packs (and any other model value) as JSON.
public enum PackCoding {
    /// `value` as deterministic JSON: keys sorted, two-space indents, a final newline.
    public static func json<T: Encodable>(_ value: T) throws -> String {
        JSONWriter.write(try JSONValueEncoder().encode(value)) + "\n"
    }

    /// A pack from its JSON; a version 1 pack is upgraded in memory (see ``PackMigration``).
    public static func decodePack(_ bytes: [UInt8]) throws(PackDecodingError) -> AuthorityPack {
        let read = try readPacks(bytes)
        guard read.packs.count == 1, read.packs[0].place.isEmpty else {
            throw .shape(path: "", reason: "expected one pack (an object), found an array", position: TextPosition(offset: 0, in: bytes))
        }
        return read.packs[0].pack
    }

    /// Any `Decodable` value from JSON.
    public static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws(PackDecodingError) -> T {
        try PackDecoder().decode(type, from: bytes).value
    }

    /// The packs of a file holding one pack or an array of them, with what the decoder noted (unknown and repeated
    /// keys, the texts validation reports (blank or still to be completed), positions). Version 1 packs are upgraded first; their report then describes the upgraded JSON,
    /// so `upgraded` is `true` and its positions are not the file's.
    public static func readPacks(_ bytes: [UInt8]) throws(PackDecodingError) -> PackRead {
        do {
            let read = try PackDecoder(noting: FlaggedText.isFlagged).decodeOneOrMany(AuthorityPack.self, from: bytes, noun: "a pack")
            return PackRead(packs: read.values.map { ($0.place, $0.value) }, report: read.report, upgraded: false)
        } catch {
            guard error.isShape, let upgraded = upgradedVersion1(bytes) else { throw error }
            do {
                var read = try PackDecoder(noting: FlaggedText.isFlagged).decodeOneOrMany(AuthorityPack.self, from: upgraded, noun: "a pack")
                // The upgrade reads a repeated key's last value, as the decoder does; the repeats are the file's own.
                read.report.duplicateKeys = (try? PackDecoder().decode(AnyJSON.self, from: bytes))?.report.duplicateKeys ?? []
                return PackRead(packs: read.values.map { ($0.place, $0.value) }, report: read.report, upgraded: true)
            } catch {
                throw PackDecodingError.shape(
                    path: error.path ?? "",
                    reason: error.reason + " (the file is schema version 1, read as upgraded to version 2, so this place is the upgraded pack's)",
                    position: nil
                )
            }
        }
    }

    /// The version 2 JSON of a file of version 1 packs, or `nil` when the file holds no version 1 pack.
    static func upgradedVersion1(_ bytes: [UInt8]) -> [UInt8]? {
        guard let json = try? JSONParser.parse(bytes), let upgraded = PackMigration.upgradedFile(json) else { return nil }
        return Array(JSONWriter.write(upgraded).utf8)
    }
}

/// Any JSON value, read for what the decoder notes of it (repeated keys) and nothing else.
struct AnyJSON: Decodable {
    init(from decoder: any Decoder) throws {}
}

/// The packs read from one file and what the decoder noted.
public struct PackRead: Sendable {
    /// Each pack with its place in the file ("" for a file of one pack, "[0]"... for an array).
    public var packs: [(place: String, pack: AuthorityPack)]
    /// Unknown and repeated keys, texts, and positions.
    public var report: DecodingReport
    /// Whether the file held version 1 packs, read through ``PackMigration``.
    public var upgraded: Bool
}
