import BuiltInAuthorities
import CorporateParenting
import CPSEngine
import CPSKit
import Foundation

/// Runs `cps` in-process with the built-in councils, a fixed date and a captured console.
enum CPSHarness {
    struct Result {
        var status: Int32
        var out: String
        var error: String
    }

    static let today = PartialDate(year: 2026, month: 11, day: 23)!

    static func run(_ arguments: [String], width: Int = 100, environment: [String: String] = [:]) -> Result {
        let (console, captured) = Console.capturing(width: width)
        let context = CommandContext(console: console, environment: environment, today: today, builtIns: BuiltInRegistry.loaded)
        let status = CPS.run(arguments, context: context)
        return Result(status: status, out: captured.out, error: captured.error)
    }

    /// A new empty folder, inside one folder for this test run that is removed when the run exits.
    static func temporaryFolder() throws -> URL {
        let url = URL(fileURLWithPath: runFolder).appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The folder holding this run's temporary folders.
    static let runFolder: String = {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("cps-tests-\(UUID().uuidString)").path
        atexit { try? FileManager.default.removeItem(atPath: CPSHarness.runFolder) }
        return path
    }()
}
