/// Prints a coding path the way packs' messages name places: `sections[0].content[2].item.content[1].evidence.target`.
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
