#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
import CPSEngine
#endif

extension FileSystem {
    /// The temporary file a write to `path` goes through: `.NAME.cps-PID-RANDOM.tmp` in the same folder. Hidden
    /// and not ending in `.json`, so no folder walk reads it as a pack; named for the process, so one left by a
    /// process that was killed can be recognised and removed (``removeStaleTemporaries(for:)``).
    static func temporaryPath(for path: String) -> String {
        let (folder, stem) = temporaryParts(of: path)
        return "\(folder).\(stem).cps-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
    }

    /// Removes the temporary files of earlier writes to `path` whose process has ended (a write killed part-way);
    /// those of a live process, and anything else, are left alone.
    static func removeStaleTemporaries(for path: String) {
        let (folder, stem) = temporaryParts(of: path)
        guard let names = try? contents(of: folder.isEmpty ? "." : folder) else { return }
        let prefix = ".\(stem).cps-"
        for name in names where name.hasPrefix(prefix) && name.hasSuffix(".tmp") {
            let numbers = name.dropFirst(prefix.count).dropLast(".tmp".count).split(separator: "-", omittingEmptySubsequences: false)
            guard numbers.count == 2, let process = pid_t(numbers[0]), process > 0, UInt32(numbers[1]) != nil else { continue }
            guard kill(process, 0) != 0, errno == ESRCH else { continue }
            var info = stat()
            let file = folder + name
            guard lstat(file, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { continue }
            unlink(file)
        }
    }

    /// The folder part of `path` (with its final slash, or empty) and the file name a temporary is named for,
    /// shortened to leave room for the rest of the temporary's name within a file name's 255 bytes.
    static func temporaryParts(of path: String) -> (folder: String, stem: String) {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        var stem = ""
        for character in name {
            guard stem.utf8.count + character.utf8.count <= 200 else { break }
            stem.append(character)
        }
        return (folder, stem)
    }
}
