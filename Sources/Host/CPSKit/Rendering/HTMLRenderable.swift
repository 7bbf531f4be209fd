import CPSEngine
/// A result with an HTML page of its own, richer than its ``Document`` (charts, navigation).
///
/// ``HTMLRenderer`` uses ``html()`` when a result provides it.
public protocol HTMLRenderable {
    /// The whole HTML page.
    func html() -> String
}
