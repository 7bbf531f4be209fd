import CorporateParenting
import CPSKit

/// Any bytes through the pack reader `cps` uses, every validation rule and the writer, and through the JSON tree
/// and its decoder: errors are fine, crashes are not.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPackDecoder(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = JSONParser.offsets(in: bytes)
    if let result = try? PackReader.read(bytes) {
        for (_, pack) in result.packs {
            let input = ValidationInput(
                pack: pack, unknownKeys: result.unknownKeys, duplicateKeys: result.duplicateKeys,
                flaggedTexts: result.flaggedTexts
            )
            _ = PackValidator.validate(input)
            _ = try? PackCoding.json(pack)
        }
    }
    if let json = try? JSONParser.parse(bytes), let pack = try? JSONValueDecoder().decode(AuthorityPack.self, from: json) {
        _ = PackValidator.validate(pack)
    }
    return 0
}
