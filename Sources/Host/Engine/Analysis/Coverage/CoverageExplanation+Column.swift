import CorporateParenting

extension CoverageExplanation {
    /// One strategy's cell and the entries behind it.
    public struct Column: Codable, Equatable, Sendable {
        /// The strategy.
        public var authority: AuthorityRef
        /// Its cell, as `cps coverage` shows it.
        public var cell: CoverageCell
        /// The entries behind the cell, in document order.
        public var sources: [CoverageSource]
        /// Whether the pack captures the whole document; when not, an empty cell may be "not captured" rather than
        /// "not stated".
        public var wholeCapture: Bool
    }
}
