/// A schema as ``JSONSchemaGenerator``'s probe records it, before it is written as JSON.
indirect enum SchemaNode {
    /// Anything (a key only tested with `contains`).
    case any
    /// A JSON type: "string", "integer", "number" or "boolean".
    case type(String)
    /// A probed type, by identity: written as a `$ref`, or in place for a type that is neither an object, an
    /// enum nor a union.
    case ref(ObjectIdentifier)
    /// An array of one kind of element; `unique` for a set.
    case array(SchemaNode, unique: Bool)
    /// An object used as a dictionary from string keys.
    case map(SchemaNode)
    /// An object with the keys a type asked for.
    case object(SchemaShape)
    /// A single-key union's cases, in order.
    case union([(key: String, node: SchemaNode)])
    /// A schema given by the type itself.
    case json(JSONValue)
    /// Whatever a probing decoder records in a slot (a nested container, a single value).
    case slot(SchemaSlot)
}
