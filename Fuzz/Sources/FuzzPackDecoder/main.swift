import CorporateParenting
import CPSKit

/// Any bytes through the pack reader `cps` uses (version 1 packs upgraded on the way), every validation rule and
/// the writer, and through the JSON tree and the version 1 upgrade: errors are fine, crashes are not.
///
/// Differential where it is cheap: a pack that decodes is written with `PackCoding.json`, and that JSON must read
/// back as the same pack, with no unknown or repeated key. A mismatch stops the run as a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPackDecoder(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let read = try? PackCoding.readPacks(bytes) {
        let report = read.report
        for (_, pack) in read.packs {
            let input = ValidationInput(
                pack: pack, unknownKeys: report.unknownKeys, duplicateKeys: report.duplicateKeys, flaggedTexts: report.strings
            )
            _ = PackValidator.validate(input)
            if let json = try? PackCoding.json(pack) { roundTrip(pack, json) }
        }
    }
    if let json = try? JSONParser.parse(bytes), PackMigration.isVersion1(json) {
        _ = PackMigration.upgrade(json)
    }
    return 0
}

/// Reads `json`, the writer's output for `pack`, back and stops the run unless it is `pack` again, read cleanly.
func roundTrip(_ pack: AuthorityPack, _ json: String) {
    let again: PackRead
    do {
        again = try PackCoding.readPacks(Array(json.utf8))
    } catch {
        fatalError("A pack written by PackCoding.json does not read back: \(error)\n\(json)")
    }
    guard again.packs.count == 1, again.packs[0].place.isEmpty, again.packs[0].pack == pack, !again.upgraded else {
        fatalError("A pack written by PackCoding.json reads back as another pack\n\(json)")
    }
    guard again.report.unknownKeys.isEmpty, again.report.duplicateKeys.isEmpty else {
        fatalError("A pack written by PackCoding.json reads back with unknown or repeated keys: \(again.report.unknownKeys + again.report.duplicateKeys)\n\(json)")
    }
}
