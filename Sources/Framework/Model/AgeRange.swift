/// The ages a group covers; an open end is absent ("16 plus" has no maximum).
public struct AgeRange: Codable, Equatable, Hashable, Sendable, CustomStringConvertible {
    /// The youngest age, when stated.
    public var min: Int?
    /// The oldest age, when stated.
    public var max: Int?

    /// Creates a range.
    public init(min: Int? = nil, max: Int? = nil) {
        self.min = min
        self.max = max
    }

    /// Ages from `min` to `max` inclusive ("7-13").
    public static func between(_ min: Int, _ max: Int) -> AgeRange { AgeRange(min: min, max: max) }

    /// Ages from `min` up ("16 plus").
    public static func from(_ min: Int) -> AgeRange { AgeRange(min: min) }

    /// "7-13", "16+", "up to 18" or "any age".
    public var description: String {
        switch (min, max) {
        case let (min?, max?): return "\(min)-\(max)"
        case let (min?, nil): return "\(min)+"
        case let (nil, max?): return "up to \(max)"
        case (nil, nil): return "any age"
        }
    }
}
