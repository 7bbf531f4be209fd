/// A type whose value may be left out of a pack's JSON: lists read as empty, and a few records as blank.
///
/// The decoders use this so that hand-written packs need not spell out empty lists or codes they do not know.
public protocol DefaultWhenMissing {
    /// The value a missing key reads as.
    static var valueWhenMissing: Self { get }
}

extension Array: DefaultWhenMissing {
    /// An empty list.
    public static var valueWhenMissing: [Element] { [] }
}

extension AuthorityCodes: DefaultWhenMissing {
    /// No codes.
    public static var valueWhenMissing: AuthorityCodes { AuthorityCodes() }
}

extension StrategyPeriod: DefaultWhenMissing {
    /// An unknown period.
    public static var valueWhenMissing: StrategyPeriod { StrategyPeriod() }
}

extension FactStatus: DefaultWhenMissing {
    /// A governance fact stated without qualification is in place.
    public static var valueWhenMissing: FactStatus { .inPlace }
}
