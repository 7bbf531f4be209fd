import Foundation

extension AuthorityScaffold {
    /// Writes the module, its test and the manifest's new line into the package at `packageRoot`, and returns the
    /// paths written. Everything is checked before anything is written: it refuses, changing nothing, when the
    /// name is listed already, when the module's folder or test exists, or when the root is not a checkout of
    /// this package. New files are never written over; the manifest is replaced atomically, last, and if any
    /// write fails what was written is removed again.
    public func apply(packageRoot: String) throws(ScaffoldError) -> [String] {
        var root = packageRoot.isEmpty ? "." : packageRoot
        while root.count > 1, root.hasSuffix("/") { root.removeLast() }
        let manifest = "\(root)/Package.swift", folder = "\(root)/\(self.folder)"
        let source = "\(root)/\(sourceFile)", test = "\(root)/\(testFile)"
        let files = FileManager.default

        let manifestText: String
        do {
            manifestText = try String(contentsOf: URL(fileURLWithPath: manifest), encoding: .utf8)
        } catch {
            throw .cannotRead(path: manifest, reason: files.fileExists(atPath: manifest) ? "it is not readable UTF-8 text" : "there is no such file")
        }
        let newManifest = try Self.adding(name, to: manifestText, manifestPath: manifest)
        for needed in ["\(root)/Sources/Authorities", "\(root)/Tests/Authorities"] {
            var isFolder: ObjCBool = false
            guard files.fileExists(atPath: needed, isDirectory: &isFolder), isFolder.boolValue else { throw .notThisPackage(missing: needed) }
        }
        for path in [folder, test] where Self.exists(path) { throw .exists(path: path) }

        var written: [String] = [], current = folder
        do {
            try files.createDirectory(atPath: folder, withIntermediateDirectories: false)
            written.append(folder)
            current = source
            try Data(moduleSource.utf8).write(to: URL(fileURLWithPath: source), options: .withoutOverwriting)
            current = test
            try Data(testSource.utf8).write(to: URL(fileURLWithPath: test), options: .withoutOverwriting)
            written.append(test)
            current = manifest
            try Data(newManifest.utf8).write(to: URL(fileURLWithPath: manifest), options: .atomic)
        } catch {
            for path in written.reversed() { try? files.removeItem(atPath: path) }
            throw .cannotWrite(path: current, reason: Self.reason(error))
        }
        return [source, test, manifest]
    }

    /// Whether anything (a file, a folder, a dangling link) is at `path`.
    static func exists(_ path: String) -> Bool {
        (try? FileManager.default.attributesOfItem(atPath: path)) != nil
    }

    /// The system's reason for a failed write, as a lower-case phrase.
    static func reason(_ error: any Error) -> String {
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        guard let code = underlying.map({ Int32($0.code) }), underlying?.domain == NSPOSIXErrorDomain else { return "the system refused it" }
        return String(cString: strerror(code)).lowercased()
    }
}
