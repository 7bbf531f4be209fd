import CorporateParenting

extension JSONValue {
    /// A copy with the value at `path` (`sections[0].content[0].item.title`; `""` for the whole value) replaced by `newValue`; a missing object key is added.
    /// `nil` when the path does not lead through this value's objects and arrays.
    public func setting(_ path: String, to newValue: JSONValue) -> JSONValue? {
        guard let components = JSONPathComponent.parse(path) else { return nil }
        return setting(components[...], to: newValue)
    }

    private func setting(_ components: ArraySlice<JSONPathComponent>, to newValue: JSONValue) -> JSONValue? {
        guard let first = components.first else { return newValue }
        let rest = components.dropFirst()
        switch (self, first) {
        case (.object(var object), .key(let key)):
            if let index = object.members.firstIndex(where: { $0.key == key }) {
                guard let changed = object.members[index].value.setting(rest, to: newValue) else { return nil }
                object.members[index].value = changed
            } else {
                guard rest.isEmpty else { return nil }
                object.members.append((key, newValue))
            }
            return .object(object)
        case (.array(var elements), .index(let index)):
            guard elements.indices.contains(index), let changed = elements[index].setting(rest, to: newValue) else { return nil }
            elements[index] = changed
            return .array(elements)
        default:
            return nil
        }
    }
}

/// A step of a JSON path: an object key or an array index.
public enum JSONPathComponent: Equatable {
    case key(String)
    case index(Int)

    /// Splits `a.b[2].c` into steps; `nil` when it is not such a path.
    public static func parse(_ path: String) -> [JSONPathComponent]? {
        var components: [JSONPathComponent] = []
        var key = ""
        var characters = path[...]
        while let character = characters.first {
            characters = characters.dropFirst()
            switch character {
            case ".":
                if !key.isEmpty { components.append(.key(key)); key = "" }
            case "[":
                if !key.isEmpty { components.append(.key(key)); key = "" }
                let digits = characters.prefix { $0 != "]" }
                guard let index = Int(digits), characters.dropFirst(digits.count).first == "]" else { return nil }
                components.append(.index(index))
                characters = characters.dropFirst(digits.count + 1)
            default:
                key.append(character)
            }
        }
        if !key.isEmpty { components.append(.key(key)) }
        return components
    }
}
