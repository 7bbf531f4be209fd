/// The keys an object's type asked for, each with its schema and whether it is required.
final class SchemaShape {
    var properties: [String: (node: SchemaNode, required: Bool)] = [:]

    /// Records a key; a key recorded twice keeps its first schema (unless that was `any`) and is required only if
    /// it was required each time.
    func add(_ key: String, _ node: SchemaNode, required: Bool) {
        guard let existing = properties[key] else {
            properties[key] = (node, required)
            return
        }
        if case .any = existing.node {
            properties[key] = (node, existing.required && required)
        } else {
            properties[key] = (existing.node, existing.required && required)
        }
    }
}
