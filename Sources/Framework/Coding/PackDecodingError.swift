/// Why a pack's JSON could not be read, and where.
public enum PackDecodingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The text is not JSON.
    case syntax(JSONSyntaxError)
    /// The JSON is not a pack: a missing key, a value of the wrong type, an invalid date.
    case shape(path: String, reason: String, position: TextPosition?)

    /// Describes a decoding error, finding the line and column of its path in `bytes`.
    public init(_ error: DecodingError, in bytes: [UInt8]) {
        let path: String, reason: String
        switch error {
        case .keyNotFound(let key, let context):
            path = JSONPath.string(context.codingPath)
            reason = "the required key \"\(key.stringValue)\" is missing"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            path = JSONPath.string(context.codingPath)
            reason = context.debugDescription.droppingFinalPeriod().lowercasingFirst()
        @unknown default:
            path = ""
            reason = "\(error)"
        }
        let offset = JSONParser.offsets(in: bytes)[path]
        self = .shape(path: path, reason: reason, position: offset.map { TextPosition(offset: $0, in: bytes) })
    }

    /// The JSON path of the place, when there is one.
    public var path: String? {
        if case .shape(let path, _, _) = self, !path.isEmpty { return path }
        return nil
    }

    /// "at priorities[2].title (line 14, column 16): expected a string, found a number."
    /// What is wrong, without the place.
    public var reason: String {
        switch self {
        case .syntax(let error): error.reason
        case .shape(_, let reason, _): reason
        }
    }

    public var description: String {
        switch self {
        case .syntax(let error):
            return "\(error.description.prefix(1).uppercased())\(error.description.dropFirst())"
        case .shape(let path, let reason, let position):
            let place = path.isEmpty ? "at the top level" : "at \(path)"
            let location = position.map { " (\($0))" } ?? ""
            return "\(place)\(location): \(reason)."
        }
    }
}

extension String {
    func droppingFinalPeriod() -> String { hasSuffix(".") ? String(dropLast()) : self }
    func lowercasingFirst() -> String { prefix(1).lowercased() + dropFirst() }
}
