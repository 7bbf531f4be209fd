#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// File reading and writing with one clear sentence for every failure, and writes that never leave a partial
/// file or replace one by accident (see `FileSystem+Write.swift`).
///
/// Only regular files are read: a named pipe, a device or a socket is refused before it is opened for reading,
/// so nothing `cps` reads can make it wait.
public enum FileSystem {
    /// What a path is.
    public enum Kind: Equatable {
        case missing, file, directory
        /// Something else, named with its article: "a named pipe (FIFO)", "a character device".
        case other(String)
    }

    /// What is at `path`, following symbolic links.
    public static func kind(of path: String) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        default: return .other(noun(for: info.st_mode))
        }
    }

    /// What a file of this mode is, with its article.
    public static func noun(for mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFREG: "a file"
        case S_IFDIR: "a folder"
        case S_IFIFO: "a named pipe (FIFO)"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFSOCK: "a socket"
        case S_IFLNK: "a symbolic link"
        default: "something other than a file"
        }
    }

    /// Why what has this mode cannot be read as a file, or nil for a regular file.
    public static func notAFile(_ mode: mode_t) -> String? {
        mode & S_IFMT == S_IFREG ? nil : "it is \(noun(for: mode)), not a file"
    }

    /// Reads a whole regular file, refusing anything else (a folder, a named pipe, a device, a socket) and files
    /// larger than `limit` bytes.
    public static func read(_ path: String, limit: Int = Int.max) throws(EngineError) -> [UInt8] {
        // Looked at before opening, so a device is never opened; then opened without waiting and looked at again,
        // so a named pipe put in the file's place meanwhile cannot block either.
        var info = stat()
        if stat(path, &info) == 0, let what = notAFile(info.st_mode) { throw .cannotRead(path: path, reason: what) }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        guard descriptor >= 0 else { throw .cannotRead(path: path, reason: reason(errno)) }
        defer { close(descriptor) }
        guard fstat(descriptor, &info) == 0 else { throw .cannotRead(path: path, reason: reason(errno)) }
        if let what = notAFile(info.st_mode) { throw .cannotRead(path: path, reason: what) }
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        if Int(info.st_size) > limit {
            throw .badInput(file: path, place: nil, reason: "the file is \(info.st_size) bytes, more than the limit of \(limit) bytes")
        }
        // One read into a buffer of the file's size and a byte more, to notice a file that grew; then chunks.
        let expected = Int(info.st_size)
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

    /// The entries of a folder, sorted, without `.` and `..`.
    public static func contents(of folder: String) throws(EngineError) -> [String] {
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
    public static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT: "no such file or folder"
        case EACCES, EPERM: "permission denied"
        case EISDIR: "it is a folder, not a file"
        case ENOTDIR: "a part of the path is not a folder"
        case ELOOP: "the path has a loop of symbolic links"
        case ENAMETOOLONG: "the path is too long"
        case ENOSPC: "no space left on the device"
        case EDQUOT: "the disk quota is used up"
        case EFBIG: "the file would grow past the file size limit"
        case EIO: "an input/output error on the device"
        case EPIPE: "the reader closed the pipe"
        case EROFS: "the file system is read-only"
        default: String(cString: strerror(code)).lowercasingFirst()
        }
    }
}

/// The C library's `read`, by a name `FileSystem`'s own does not hide.
public func readBytes(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}

/// The C library's `write`, by a name `FileSystem`'s own does not hide.
public func writeBytes(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}
