import CorporateParenting

/// What a rule checks: the decoded pack, the keys its file had that a pack does not, and the framework.
public struct ValidationInput: Sendable {
    /// The decoded pack.
    public var pack: AuthorityPack
    /// Keys of the file the pack schema does not have (none for a built-in council).
    public var unknownKeys: [KeyNote]
    /// Whether the file held a schema version 1 pack, read as upgraded to version 2 (its findings' paths are then
    /// the upgraded pack's).
    public var upgraded: Bool
    /// For each unknown key's path, the keys allowed where it stands (for suggestions).
    public var allowedKeys: [String: [String]]
    /// Keys the file gave twice in one object.
    public var duplicateKeys: [KeyNote]
    /// Whether unknown keys are only warned of (`--allow-unknown`) rather than errors.
    public var allowsUnknownKeys: Bool
    /// The framework.
    public var framework: OutcomeFramework
    /// Facts several rules share, worked out once.
    public let facts: ValidationFacts

    /// Creates an input.
    /// `flaggedTexts`, when the pack was read from a file, are the reader's notes of blank and unfinished texts;
    /// without them the pack is walked to find them.
    public init(
        pack: AuthorityPack,
        upgraded: Bool = false,
        unknownKeys: [KeyNote] = [],
        allowedKeys: [String: [String]] = [:],
        duplicateKeys: [KeyNote] = [],
        flaggedTexts: [FlaggedText]? = nil,
        framework: OutcomeFramework = .standard,
        allowsUnknownKeys: Bool = false
    ) {
        self.allowsUnknownKeys = allowsUnknownKeys
        self.pack = pack
        self.upgraded = upgraded
        self.unknownKeys = unknownKeys
        self.allowedKeys = allowedKeys
        self.duplicateKeys = duplicateKeys
        self.framework = framework
        facts = ValidationFacts(pack, flaggedTexts: flaggedTexts)
    }
}
