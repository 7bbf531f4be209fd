/// Prints a coding path the way packs' messages name places: `priorities[2].measures[0].target`.
public enum JSONPath {
    /// The path of `codingPath`, or `(top level)` when it is empty.
    public static func string(_ codingPath: [any CodingKey]) -> String {
        var text = ""
        for key in codingPath {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : "." + key.stringValue
            }
        }
        return text
    }
}
