/// A type whose value may be left out of a pack's JSON: lists read as empty, and a few records as blank.
///
/// ``JSONValueDecoder`` uses this so that hand-written packs need not spell out empty lists.
public protocol DefaultWhenMissing {
    /// The value a missing key reads as.
    static var valueWhenMissing: Self { get }
}

extension Array: DefaultWhenMissing {
    /// An empty list.
    public static var valueWhenMissing: [Element] { [] }
}

extension Governance: DefaultWhenMissing {
    /// No board, no participation groups, no arrangements.
    public static var valueWhenMissing: Governance { Governance() }
}

extension AuthorityCodes: DefaultWhenMissing {
    /// No codes.
    public static var valueWhenMissing: AuthorityCodes { AuthorityCodes() }
}

extension StrategyPeriod: DefaultWhenMissing {
    /// An unknown period.
    public static var valueWhenMissing: StrategyPeriod { StrategyPeriod() }
}

extension CommitmentKind: DefaultWhenMissing {
    /// An action ("We will ...").
    public static var valueWhenMissing: CommitmentKind { .action }
}

extension MeasurePurpose: DefaultWhenMissing {
    /// A measure the strategy monitors.
    public static var valueWhenMissing: MeasurePurpose { .monitor }
}

extension WorkingGroupKind: DefaultWhenMissing {
    /// A working group.
    public static var valueWhenMissing: WorkingGroupKind { .workingGroup }
}
