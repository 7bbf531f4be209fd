import CorporateParenting

/// Where each of a framework's domains and standard measures sits in its lists, worked out once for many profiles.
public struct FrameworkIndex: Sendable {
    public let framework: OutcomeFramework
    public let domains: [DomainID: Int]
    public let measures: [StandardMeasureID: Int]

    public init(_ framework: OutcomeFramework) {
        self.framework = framework
        domains = Dictionary(framework.domains.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        measures = Dictionary(framework.measures.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Bit `i` for each domain that is the framework's `i`th (of the first 64).
    public func domainMask(_ ids: [DomainID]) -> UInt64 {
        ids.reduce(0) { mask, id in domains[id].map { $0 < 64 ? mask | 1 << UInt64($0) : mask } ?? mask }
    }

    /// Bit `n - 1` for each principle `n` in 1...64.
    public static func principleMask(_ numbers: [Int]) -> UInt64 {
        numbers.reduce(0) { (1...64).contains($1) ? $0 | 1 << UInt64($1 - 1) : $0 }
    }
}
