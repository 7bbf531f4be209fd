import CorporateParenting

/// What a rule checks: the decoded pack, the JSON it came from, and the framework it sits on.
public struct ValidationInput: Sendable {
    /// The decoded pack.
    public var pack: AuthorityPack
    /// The JSON it was read from (or encoded to, for a built-in council).
    public var json: JSONValue
    /// The framework.
    public var framework: OutcomeFramework

    /// Creates an input.
    public init(pack: AuthorityPack, json: JSONValue, framework: OutcomeFramework = .standard) {
        self.pack = pack
        self.json = json
        self.framework = framework
    }

    /// Each priority and objective with its JSON path.
    var itemPaths: [(path: String, item: any StrategyItem)] {
        pack.priorities.enumerated().map { ("priorities[\($0.offset)]", $0.element as any StrategyItem) }
            + pack.objectives.enumerated().map { ("objectives[\($0.offset)]", $0.element as any StrategyItem) }
    }

    /// Each measure with its JSON path.
    var measurePaths: [(path: String, measure: Measure)] {
        var paths: [(String, Measure)] = []
        for (itemPath, item) in itemPaths {
            for (o, outcome) in item.outcomes.enumerated() {
                for (m, measure) in outcome.measures.enumerated() { paths.append(("\(itemPath).outcomes[\(o)].measures[\(m)]", measure)) }
            }
            for (m, measure) in item.measures.enumerated() { paths.append(("\(itemPath).measures[\(m)]", measure)) }
        }
        for (m, measure) in pack.measures.enumerated() { paths.append(("measures[\(m)]", measure)) }
        return paths
    }

    /// Every string value in the JSON with its path.
    var stringPaths: [(path: String, text: String)] {
        var found: [(String, String)] = []
        func walk(_ value: JSONValue, _ path: String) {
            switch value {
            case .string(let text): found.append((path, text))
            case .array(let elements): for (index, element) in elements.enumerated() { walk(element, "\(path)[\(index)]") }
            case .object(let object): for member in object.members { walk(member.value, path.isEmpty ? member.key : "\(path).\(member.key)") }
            default: break
            }
        }
        walk(json, "")
        return found
    }
}
