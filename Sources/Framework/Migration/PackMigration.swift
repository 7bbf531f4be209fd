/// Upgrades a schema version 1 pack (its JSON) to schema version 2.
///
/// Version 1 grouped a document by kind (priorities, measures, governance...) and kept each item's section as a
/// `source` path of headings joined with " › ". The upgrade rebuilds the outline from those paths, in the order
/// they first appear, and puts each item in its section. What version 1 did not record is not invented:
/// - every principle and domain mapping becomes an encoder's judgement (version 1 kept no basis);
/// - the document's capture becomes `partial`, with a note, since version 1 never said whether it was whole;
/// - the order of different kinds of content within one section is version 1's order of kinds, not the document's.
///
/// `cps migrate FILE` writes the result; packs of version 1 are also upgraded in memory whenever they are read.
public enum PackMigration {
    /// The note put on every upgraded pack's capture.
    public static let captureNote = "Upgraded from schema version 1, which did not record whether the whole document was captured, nor the order of different kinds of content within a section."

    /// The note put on every upgraded mapping.
    public static let mappingNote = "Upgraded from schema version 1, which did not record whether the document states this mapping."

    /// Whether `json` is a version 1 pack: an object whose `schemaVersion` is 1 and that has none of version 2's
    /// own keys (a version 2 pack that says 1 is reported as an unsupported version, not upgraded over its content).
    public static func isVersion1(_ json: JSONValue) -> Bool {
        guard case .object(let object) = json, case .number(let version)? = object["schemaVersion"] else { return false }
        return version == 1 && object["sections"] == nil && object["document"] == nil && object["actionPlans"] == nil
    }

    /// The version 2 form of a file's JSON when it holds version 1 packs (one, or an array with at least one;
    /// version 2 elements are kept as they are), or `nil` when it holds none.
    public static func upgradedFile(_ json: JSONValue) -> JSONValue? {
        switch json {
        case .object where isVersion1(json): upgrade(json)
        case .array(let elements) where elements.contains(where: isVersion1): .array(elements.map { isVersion1($0) ? upgrade($0) : $0 })
        default: nil
        }
    }

    /// The version 2 form of a version 1 pack's JSON. Keys at the top level that version 1 did not define are
    /// carried over, so `cps validate` still reports them; unknown keys deeper in a version 1 pack are not carried
    /// over (the upgrade reads only the keys version 1 defined), so check a version 1 file with cps 0.1 first.
    public static func upgrade(_ json: JSONValue) -> JSONValue {
        guard case .object(let pack) = json else { return json }
        var builder = OutlineBuilder()
        let strategy = pack["strategy"]?.object ?? JSONObject()
        builder.strategyContent(strategy)
        builder.items(pack)
        builder.governance(pack)
        builder.strategyWide(pack)
        let inconsistencies = (pack["inconsistencies"]?.array ?? []).map { builder.inconsistency($0) }
        var out = JSONObject()
        out["schemaVersion"] = .number(2)
        for key in ["id", "name", "codes", "region"] { if let value = pack[key] { out[key] = value } }
        out["document"] = .object(document(strategy))
        out["sections"] = .array(builder.sections())
        out["inconsistencies"] = .array(inconsistencies)
        for member in pack.members where !PackMigration.version1Keys.contains(member.key) { out.members.append(member) }
        return .object(out)
    }

    static let version1Keys: Set<String> = [
        "schemaVersion", "id", "name", "codes", "region", "strategy", "priorities", "objectives", "pledges",
        "workingGroups", "governance", "measures", "cohort", "localOffer", "expectations", "inconsistencies",
    ]

    static func document(_ strategy: JSONObject) -> JSONObject {
        var document = JSONObject()
        document["title"] = strategy["title"] ?? .string("")
        for key in ["subtitle", "period", "reviewDate", "approved", "status"] {
            if let value = strategy[key] { document[key] = value }
        }
        if let edition = strategy["document"] { document["edition"] = edition }
        document["capture"] = .string("partial")
        document["captureNote"] = .string(captureNote)
        return document
    }
}

extension JSONValue {
    var object: JSONObject? { if case .object(let object) = self { object } else { nil } }
    var array: [JSONValue]? { if case .array(let array) = self { array } else { nil } }
    var string: String? { if case .string(let string) = self { string } else { nil } }
}
