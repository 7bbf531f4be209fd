#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// File reading and writing with one clear sentence for every failure, and writes that never leave a partial
/// file or replace one by accident.
enum FileSystem {
    /// What a path is.
    enum Kind: Equatable {
        case missing, file, directory, other
    }

    /// What is at `path`, following symbolic links.
    static func kind(of path: String) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        default: return .other
        }
    }

    /// Reads a whole file, refusing folders and files larger than `limit` bytes.
    static func read(_ path: String, limit: Int = Int.max) throws(CPSError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .cannotRead(path: path, reason: reason(errno)) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw .cannotRead(path: path, reason: reason(errno)) }
        if info.st_mode & S_IFMT == S_IFDIR { throw .cannotRead(path: path, reason: "it is a folder, not a file") }
        if info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) > limit {
            throw .badInput(file: path, place: nil, reason: "the file is \(info.st_size) bytes, more than the limit of \(limit) bytes")
        }
        // One read into a buffer of the file's size and a byte more, to notice a file that grew; then chunks.
        let expected = info.st_mode & S_IFMT == S_IFREG ? Int(info.st_size) : 0
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: expected + 1) { buffer, count in
            count = 0
            while count < buffer.count {
                let got = readBytes(descriptor, buffer.baseAddress! + count, buffer.count - count)
                if got < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                if got == 0 { return }
                count += got
            }
        }
        guard bytes.count > expected, failure == 0 else {
            if failure != 0 { throw .cannotRead(path: path, reason: reason(failure)) }
            return bytes
        }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            if bytes.count > limit {
                throw .badInput(file: path, place: nil, reason: "the file is larger than the limit of \(limit) bytes")
            }
            let count = chunk.withUnsafeMutableBytes { readBytes(descriptor, $0.baseAddress!, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .cannotRead(path: path, reason: reason(errno))
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
        }
        return bytes
    }

    /// Writes `bytes` to a temporary file beside `path`, then moves it into place: with `replacing`, over any file
    /// there; without, only if nothing is there (checked atomically).
    static func writeAtomically(_ bytes: [UInt8], to path: String, replacing: Bool) throws(CPSError) {
        switch kind(of: path) {
        case .directory: throw .cannotWrite(path: path, reason: "it is a folder; give a file name")
        case .other: throw .cannotWrite(path: path, reason: "it is not a regular file")
        case .file where !replacing: throw .cannotWrite(path: path, reason: "the file exists; add --force to replace it")
        default: break
        }
        let temporary = "\(path).cps-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .cannotWrite(path: path, reason: reason(errno)) }
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { writeBytes(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                let failure = reason(errno)
                close(descriptor)
                unlink(temporary)
                throw .cannotWrite(path: path, reason: failure)
            }
            written += count
        }
        fsync(descriptor)
        close(descriptor)
        if replacing {
            guard rename(temporary, path) == 0 else {
                let failure = reason(errno)
                unlink(temporary)
                throw .cannotWrite(path: path, reason: failure)
            }
        } else {
            defer { unlink(temporary) }
            guard link(temporary, path) == 0 else {
                throw .cannotWrite(path: path, reason: errno == EEXIST ? "the file exists; add --force to replace it" : reason(errno))
            }
        }
    }

    /// The entries of a folder, sorted, without `.` and `..`.
    static func contents(of folder: String) throws(CPSError) -> [String] {
        guard let directory = opendir(folder) else { throw .cannotRead(path: folder, reason: reason(errno)) }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    /// A sentence fragment for an `errno` value.
    static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT: "no such file or folder"
        case EACCES, EPERM: "permission denied"
        case EISDIR: "it is a folder, not a file"
        case ENOTDIR: "a part of the path is not a folder"
        case ELOOP: "the path has a loop of symbolic links"
        case ENAMETOOLONG: "the path is too long"
        case ENOSPC: "no space left on the device"
        case EROFS: "the file system is read-only"
        default: String(cString: strerror(code))
        }
    }
}

/// The C library's `read` and `write`, by names `FileSystem`'s own do not hide.
private func readBytes(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}

private func writeBytes(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}
