/// How serious a validation finding is.
public enum Severity: String, Codable, Comparable, CaseIterable, Sendable {
    /// Something to know; the pack is fine.
    case info
    /// Something to look at or complete; the pack still works.
    case warning
    /// The pack is wrong and `cps validate` exits 1.
    case error

    /// Orders info < warning < error.
    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
