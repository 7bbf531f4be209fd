import CorporateParenting
@testable import CPSEngine
@testable import CPSKit

extension JSONValue {
    /// The value at a path such as `sections[0].content`, if there is one.
    func value(at path: String) -> JSONValue? {
        var value = self
        for component in JSONPathComponent.parse(path) ?? [] {
            switch (value, component) {
            case (.object(let object), .key(let key)):
                guard let member = object[key] else { return nil }
                value = member
            case (.array(let elements), .index(let index)) where elements.indices.contains(index):
                value = elements[index]
            default:
                return nil
            }
        }
        return value
    }
}
