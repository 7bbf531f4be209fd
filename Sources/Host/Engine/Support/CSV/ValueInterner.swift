#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Gives each distinct byte string a number, making a string only the first time it is seen: an open-addressing
/// table over a hash of the bytes, the distinct values' bytes kept in one arena to compare against. It reads CSV
/// columns, and numbers codes where `Dictionary`'s seeded hashing would cost more than the work around it.
public struct ValueInterner {
    /// The distinct values, by number.
    private(set) var values: [String] = []
    private var slots = [Int32](repeating: -1, count: 64)
    private var hashes: [UInt64] = []
    private var starts: [Int] = []
    private var arena: [UInt8] = []

    /// The number of `bytes`; new bytes that are not UTF-8 are an error naming `line`.
    @inline(__always)
    public mutating func code(_ bytes: UnsafeBufferPointer<UInt8>, line: Int) throws(CSVError) -> UInt32 {
        let hash = Self.hash(bytes)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = Int(slots[slot])
            if entry < 0 { break }
            if hashes[entry] == hash, matches(entry, bytes) { return UInt32(entry) }
            slot = (slot + 1) & mask
        }
        guard let text = String(validating: bytes, as: UTF8.self) else { throw CSVError(line: line, reason: "a field is not valid UTF-8") }
        let entry = values.count
        values.append(text)
        hashes.append(hash)
        starts.append(arena.count)
        arena.append(contentsOf: bytes)
        slots[slot] = Int32(entry)
        if values.count * 2 > slots.count { grow() }
        return UInt32(entry)
    }

    /// The number of `text`, numbering it if new.
    public mutating func number(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            // Strings are always valid UTF-8, so this cannot throw.
            Int((try? code(bytes, line: 0)) ?? 0)
        }
    }

    /// The number of `text`, if it has one.
    public func lookup(_ text: String) -> Int? {
        var text = text
        return text.withUTF8 { bytes in
            let hash = Self.hash(bytes)
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: hash) & mask
            while true {
                let entry = Int(slots[slot])
                if entry < 0 { return nil }
                if hashes[entry] == hash, matches(entry, bytes) { return entry }
                slot = (slot + 1) & mask
            }
        }
    }

    private func matches(_ entry: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[entry]
        let end = entry + 1 < starts.count ? starts[entry + 1] : arena.count
        guard end - start == bytes.count else { return false }
        return arena.withUnsafeBufferPointer { stored in
            bytes.isEmpty || memcmp(stored.baseAddress! + start, bytes.baseAddress!, bytes.count) == 0
        }
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (entry, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(entry)
        }
    }

    /// A 64-bit hash of the bytes, eight at a time.
    @inline(__always)
    public static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        guard let base = bytes.baseAddress else { return hash }
        let raw = UnsafeRawPointer(base)
        var offset = 0
        while offset + 8 <= bytes.count {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            hash ^= hash >> 32
            offset += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.count {
            tail |= UInt64(base[offset]) << shift
            shift += 8
            offset += 1
        }
        hash = (hash ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        return hash ^ (hash >> 29)
    }
}
