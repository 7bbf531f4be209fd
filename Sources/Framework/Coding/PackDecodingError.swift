/// Why a pack's JSON could not be read, and where.
public enum PackDecodingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The text is not JSON.
    case syntax(JSONSyntaxError)
    /// The JSON is not a pack: a missing key, a value of the wrong type, an invalid date.
    case shape(path: String, reason: String, position: TextPosition?)
    /// Several shape errors, each at its own place, in file order.
    case several([PackDecodingError])

    /// Whether the JSON was read but is not the shape wanted (one error or several).
    public var isShape: Bool {
        if case .syntax = self { return false }
        return true
    }

    /// The JSON path of the place, when there is one.
    public var path: String? {
        if case .shape(let path, _, _) = self, !path.isEmpty { return path }
        return nil
    }

    /// What is wrong, without the place.
    public var reason: String {
        switch self {
        case .syntax(let error): error.reason
        case .shape(_, let reason, _): reason
        case .several(let errors): "\(errors.count) problems stop it being read, the first \(errors.first?.description.droppingFinalPeriod() ?? "")"
        }
    }

    /// "at sections[0].content[2].item.title (line 14, column 16): expected a string, found a number."
    public var description: String {
        switch self {
        case .syntax(let error):
            return "\(error.description.prefix(1).uppercased())\(error.description.dropFirst())"
        case .shape(let path, let reason, let position):
            let place = path.isEmpty ? "at the top level" : "at \(path)"
            let location = position.map { " (\($0))" } ?? ""
            return "\(place)\(location): \(reason)."
        case .several:
            return reason + "."
        }
    }
}

extension String {
    func droppingFinalPeriod() -> String { hasSuffix(".") ? String(dropLast()) : self }
    func lowercasingFirst() -> String { prefix(1).lowercased() + dropFirst() }
}
