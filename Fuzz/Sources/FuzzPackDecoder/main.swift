import CorporateParenting
import CPSKit

/// Any bytes through the pack reader `cps` uses (version 1 packs upgraded on the way), every validation rule, the
/// placing of findings by line and column, and the writer, and through the JSON tree and the version 1 upgrade:
/// errors are fine, crashes are not. Besides libFuzzer's own mutations, ``PackMutation``'s repeat entries, write
/// long unbroken strings and put control characters in strings (see ``fuzzPackMutator``); scripts/fuzz.sh gives
/// each input a time limit, so work that grows with the square of such input stops the run.
///
/// Differential where it is cheap: a pack that decodes is written with `PackCoding.json`, and that JSON must read
/// back as the same pack, with no unknown or repeated key; findings placed all at once must be placed as each
/// alone. A mismatch stops the run as a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPackDecoder(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let read = try? PackCoding.readPacks(bytes) {
        let report = read.report
        var findings: [Finding] = []
        for (_, pack) in read.packs {
            let input = ValidationInput(
                pack: pack, unknownKeys: report.unknownKeys, duplicateKeys: report.duplicateKeys, flaggedTexts: report.strings
            )
            findings += PackValidator.validate(input)
            if let json = try? PackCoding.json(pack) { roundTrip(pack, json) }
        }
        place(findings.map(\.path), report, bytes)
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

/// Places findings' paths as `cps validate` does, all at once, and stops the run unless the first, middle and last
/// are placed as each would be alone.
func place(_ paths: [String], _ report: DecodingReport, _ bytes: [UInt8]) {
    let offsets = report.offsets(of: paths)
    let found = offsets.compactMap { $0 }
    let positions = TextPosition.positions(of: found, in: bytes)
    for index in Set([0, paths.count / 2, paths.count - 1]) where paths.indices.contains(index) {
        guard report.offset(of: paths[index]) == offsets[index] else {
            fatalError("The offset of \(paths[index]) found with the others, \(String(describing: offsets[index])), is not the one found alone")
        }
    }
    for index in Set([0, found.count / 2, found.count - 1]) where found.indices.contains(index) {
        guard TextPosition(offset: found[index], in: bytes) == positions[index] else {
            fatalError("Offset \(found[index]) placed with the others at \(positions[index]) is not placed there alone")
        }
    }
}

/// libFuzzer's mutation of an input.
@_silgen_name("LLVMFuzzerMutate")
func libFuzzerMutate(_ data: UnsafeMutablePointer<UInt8>, _ size: Int, _ maximumSize: Int) -> Int

/// One mutation in three is a ``PackMutation``; the others, and any it cannot make, are libFuzzer's own.
@_cdecl("LLVMFuzzerCustomMutator")
public func fuzzPackMutator(_ data: UnsafeMutablePointer<UInt8>, _ size: Int, _ maximumSize: Int, _ seed: UInt32) -> Int {
    var random = FuzzRandom(seed: seed)
    guard random.below(3) == 0 else { return libFuzzerMutate(data, size, maximumSize) }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let mutated = PackMutation.mutate(bytes, maximumSize: maximumSize, random: &random), !mutated.isEmpty else {
        return libFuzzerMutate(data, size, maximumSize)
    }
    mutated.withUnsafeBufferPointer { data.update(from: $0.baseAddress!, count: mutated.count) }
    return mutated.count
}
