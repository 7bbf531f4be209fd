import CorporateParenting
import CPSEngine

extension JSONValue {
    /// The elements, if this is an array.
    var arrayValue: [JSONValue]? {
        if case .array(let elements) = self { elements } else { nil }
    }

    /// The text, if this is a string.
    var stringValue: String? {
        if case .string(let text) = self { text } else { nil }
    }

    /// The object, if this is one.
    var objectValue: JSONObject? {
        if case .object(let object) = self { object } else { nil }
    }
}
