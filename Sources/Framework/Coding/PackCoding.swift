#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The JSON form of packs and of everything `cps` writes as JSON: sorted keys, two-space indentation, no
/// escaped slashes, so the same value always gives the same bytes.
public enum PackCoding {
    /// An encoder configured for deterministic output.
    public static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return encoder
    }

    /// Encodes a value as deterministic JSON text, ending in a newline.
    public static func json<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try makeEncoder().encode(value), as: UTF8.self) + "\n"
    }
}
