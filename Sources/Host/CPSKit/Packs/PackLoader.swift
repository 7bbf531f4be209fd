import CorporateParenting
import Dispatch
import CPSEngine

/// Loads authority packs from files and folders: every `*.json` file directly in a folder, in name order.
///
/// A pack that breaks an error-level rule is refused with its first error, so commands only ever see valid packs;
/// `cps validate` lists every finding. A pack still holding prompts or drafts is refused unless ``includesDrafts``.
public struct PackLoader: Sendable {
    /// The largest file read.
    public var maximumBytes: Int
    /// The framework packs are checked against.
    public var framework: OutcomeFramework
    /// Whether unknown keys are only warnings (`--allow-unknown`), so packs holding them load.
    public var allowsUnknownKeys: Bool
    /// Whether packs still holding prompts or drafts load (`--include-drafts`); otherwise they are refused.
    public var includesDrafts: Bool

    /// Creates a loader.
    public init(maximumBytes: Int = PackFile.defaultMaximumBytes, framework: OutcomeFramework = .standard, allowsUnknownKeys: Bool = false, includesDrafts: Bool = false) {
        self.includesDrafts = includesDrafts
        self.maximumBytes = maximumBytes
        self.framework = framework
        self.allowsUnknownKeys = allowsUnknownKeys
    }

    /// The pack files at a path: the file itself, or a folder's `*.json` files (not hidden ones, so never a
    /// temporary file of a write in progress), sorted. Folders named `*.json` are skipped; anything else named
    /// `*.json` (a named pipe, a device) is listed, and reading it is the error naming it.
    public static func files(at path: String) throws(CPSError) -> [String] {
        switch FileSystem.kind(of: path) {
        case .file:
            return [path]
        case .directory:
            let base = path.hasSuffix("/") ? path : path + "/"
            return try CPSError.engine { () throws(EngineError) in try FileSystem.contents(of: path) }
                .filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
                .map { base + $0 }
                .filter { FileSystem.kind(of: $0) != .directory }
        case .missing:
            _ = try CPSError.engine { () throws(EngineError) in try FileSystem.read(path) }
            throw .cannotRead(path: path, reason: "no such file or folder")
        case .other(let noun):
            throw .cannotRead(path: path, reason: "it is \(noun), not a file or folder")
        }
    }

    /// Every pack at the paths, each with its origin; files are read and checked in parallel, and the packs and
    /// the first error come in the order of the paths and of the files in each folder.
    public func load(_ paths: [String]) throws(CPSError) -> [LoadedAuthority] {
        var files: [String] = []
        for path in paths { files += try Self.files(at: path) }
        let results = Parallel.map(files) { file in
            Result { () throws(CPSError) -> PackFile in try PackFile(path: file, maximumBytes: maximumBytes, framework: framework, allowsUnknownKeys: allowsUnknownKeys) }
        }
        var loaded: [LoadedAuthority] = []
        for (file, result) in zip(files, results) {
            let packFile: PackFile
            switch result {
            case .success(let read): packFile = read
            case .failure(let error): throw error
            }
            if let error = packFile.errors.first {
                var place = error.line.map { "at \(error.path) (line \($0), column \(error.column ?? 1))" } ?? "at \(error.path)"
                if packFile.upgraded { place += " of the schema version 1 pack as upgraded to version 2" }
                throw .badInput(file: file, place: place, reason: "\(error.message.droppingFinalPeriod()) [\(error.rule)]; `cps validate \(file)` lists every finding")
            }
            let unfilled = packFile.unfilled
            if !includesDrafts, unfilled.prompts + unfilled.drafts > 0 {
                throw .unfilledPack(file: file, holds: UnfilledPackRule.counted(prompts: unfilled.prompts, drafts: unfilled.drafts))
            }
            for (place, pack) in packFile.packs {
                loaded.append(LoadedAuthority(pack: pack, origin: .pack(path: place.isEmpty ? file : "\(file)\(place)")))
            }
        }
        return loaded
    }
}
