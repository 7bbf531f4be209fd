/// Reads authority packs straight from JSON bytes into the model: a file holds one pack, or an array of them.
///
/// Much faster than decoding through a tree, it still names the place of every error by JSON path, line and
/// column, and it notes keys the model does not have and keys given twice, which `cps validate` reports.
///
/// ```swift
/// let result = try PackReader.read(bytes)
/// for (place, pack) in result.packs { print(place, pack.id) }
/// ```
public enum PackReader {
    /// What a file held.
    public struct Result: Sendable {
        /// The packs, each with its place in the file ("" for a file of one pack, "[2]" in an array).
        public var packs: [(place: String, pack: AuthorityPack)]
        /// Keys the pack schema does not have, by path.
        public var unknownKeys: [KeyNote]
        /// Keys given twice in one object, by path.
        public var duplicateKeys: [KeyNote]
        /// Texts that are blank or still read "TO BE COMPLETED", by path.
        public var flaggedTexts: [FlaggedText]
    }

    /// Reads a file of one pack or an array of packs.
    public static func read(_ bytes: [UInt8]) throws(PackDecodingError) -> Result {
        do {
            return try bytes.withUnsafeBufferPointer { buffer in
                var reader = ModelReader(bytes: buffer)
                reader.scanner.skipByteOrderMark()
                reader.scanner.skipWhitespace()
                guard reader.scanner.current != nil else { throw reader.scanner.error("the file is empty; expected a JSON value") }
                var packs: [(String, AuthorityPack)] = []
                if reader.scanner.current == UInt8(ascii: "[") {
                    _ = try reader.beginArray()
                    while try reader.nextElement() {
                        packs.append((reader.pathString, try reader.authorityPack()))
                    }
                    guard !packs.isEmpty else { throw reader.shapeError("the file holds an empty array, not a pack") }
                } else {
                    packs.append(("", try reader.authorityPack()))
                }
                reader.scanner.skipWhitespace()
                guard reader.scanner.current == nil else { throw reader.scanner.error("unexpected \(reader.scanner.describeCurrent()) after the JSON value") }
                return Result(packs: packs, unknownKeys: reader.unknownKeys, duplicateKeys: reader.duplicateKeys, flaggedTexts: reader.flaggedTexts)
            }
        } catch let error as PackDecodingError {
            throw error
        } catch let error as JSONSyntaxError {
            throw .syntax(error)
        } catch {
            throw .shape(path: "", reason: "\(error)", position: nil)
        }
    }

    /// Reads a file that must hold exactly one pack.
    public static func readPack(_ bytes: [UInt8]) throws(PackDecodingError) -> AuthorityPack {
        let result = try read(bytes)
        guard result.packs.count == 1, result.packs[0].place.isEmpty else {
            throw .shape(path: "", reason: "expected one pack (an object), found an array", position: TextPosition(offset: 0, in: bytes))
        }
        return result.packs[0].pack
    }
}
