/// A value decoding puts in place of a string, number, boolean or fixed-choice value it cannot read, once the
/// error is noted, so the rest of the object is still checked. The value is never used: a noted error makes the
/// whole decoding fail.
enum StandIn {
    /// The stand-in for a `T`, or `nil` when `T` has none (an object or array type).
    static func value<T>(_ type: T.Type) -> T? {
        if T.self == String.self { return ("" as! T) }
        if T.self == Int.self { return (0 as! T) }
        if T.self == Double.self { return (0.0 as! T) }
        if T.self == Bool.self { return (false as! T) }
        if T.self == Float.self { return (Float(0) as! T) }
        if let choices = T.self as? any SchemaEnum.Type { return firstCase(choices) as? T }
        return nil
    }

    private static func firstCase<E: SchemaEnum>(_ type: E.Type) -> E? {
        E.allCases.first
    }
}
