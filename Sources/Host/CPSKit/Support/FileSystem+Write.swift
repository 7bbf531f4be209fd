#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
import CPSEngine
#endif

extension FileSystem {
    /// Writes `bytes` to a hidden temporary file beside `path` (see ``temporaryPath(for:)``), makes it durable,
    /// then moves it into place: with `replacing`, over any file there; without, only if nothing is there
    /// (checked atomically).
    ///
    /// Any failure removes the temporary file and leaves `path` exactly as it was: one that cannot be created
    /// is ``CPSError/cannotWrite(path:reason:)`` (exit 73); a write, `fsync` or `close` that fails part-way
    /// (a full disk, a file size limit, a failing device) is ``CPSError/writeFailed(path:reason:)`` (exit 74).
    static func writeAtomically(_ bytes: [UInt8], to path: String, replacing: Bool) throws(CPSError) {
        guard !path.isEmpty else { throw .cannotWrite(path: "\"\"", reason: "the path is empty") }
        let existed: Bool
        switch kind(of: path) {
        case .directory: throw .cannotWrite(path: path, reason: "it is a folder; give a file name")
        case .other(let noun): throw .cannotWrite(path: path, reason: "it is \(noun), not a file")
        case .file where !replacing: throw .cannotWrite(path: path, reason: "the file exists; add --force to replace it")
        case .file: existed = true
        case .missing: existed = false
        }
        removeStaleTemporaries(for: path)
        let temporary = temporaryPath(for: path)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .cannotWrite(path: path, reason: reason(errno)) }
        var failure = bytes.withUnsafeBytes { writeAll($0, to: descriptor) }
        if failure == nil { failure = sync(descriptor) }
        if close(descriptor) != 0, errno != EINTR, failure == nil { failure = errno }
        if let failure {
            unlink(temporary)
            let kept = existed ? "; the file there is unchanged" : "; no file was made"
            throw .writeFailed(path: path, reason: reason(failure) + kept)
        }
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

    /// Writes every byte to `descriptor`, retrying short writes; the `errno` of a failure, or nil.
    static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
        var written = 0
        while written < bytes.count {
            let count = writeBytes(descriptor, bytes.baseAddress! + written, bytes.count - written)
            if count < 0 {
                if errno == EINTR { continue }
                return errno
            }
            // A device that takes nothing and reports no error would otherwise be asked for ever.
            if count == 0 { return EIO }
            written += count
        }
        return nil
    }

    /// Makes what was written to `descriptor` durable; the `errno` of a failure, or nil. A file that cannot be
    /// synchronised at all (`EINVAL`, `ENOTSUP`, `EROFS`: a pipe-like or read-only file system) is not a failure.
    static func sync(_ descriptor: Int32) -> Int32? {
        while fsync(descriptor) != 0 {
            switch errno {
            case EINTR: continue
            case EINVAL, ENOTSUP, EROFS: return nil
            default: return errno
            }
        }
        return nil
    }
}
