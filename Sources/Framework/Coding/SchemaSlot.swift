/// Where a probing decoder records the schema of the value it decodes.
final class SchemaSlot {
    var node: SchemaNode?

    init(_ node: SchemaNode? = nil) { self.node = node }
}
