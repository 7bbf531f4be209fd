/// A value of a pack with where it is printed: its section, the item and body it sits under, and its JSON path.
public struct Placed<Value: Sendable>: Sendable {
    /// The value.
    public var value: Value
    /// The section it is printed in (the nearest enclosing one).
    public var section: ID<Section>
    /// The nearest item it sits under, if any.
    public var item: ID<Item>?
    /// The nearest body it sits under, if any.
    public var body: ID<Body>?
    /// Where it stands in the pack's JSON.
    public var location: EntryPath

    /// Its JSON path in the pack, such as `sections[1].content[0].item.content[3].action`.
    public var path: String { location.description }
}
