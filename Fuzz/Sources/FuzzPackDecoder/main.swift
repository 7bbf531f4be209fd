import CorporateParenting
import CPSKit

/// Any bytes through the pack reader and every validation rule: errors are fine, crashes are not.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPackDecoder(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = JSONParser.offsets(in: bytes)
    if let json = try? JSONParser.parse(bytes), let pack = try? JSONValueDecoder().decode(AuthorityPack.self, from: json) {
        _ = PackValidator.validate(ValidationInput(pack: pack, json: json))
        _ = try? PackCoding.json(pack)
    }
    return 0
}
