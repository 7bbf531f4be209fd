import CorporateParenting
import CPSEngine

/// Prints a result's `Encodable` form as deterministic JSON (sorted keys, two-space indentation).
public struct JSONRenderer: OutputRenderer {
    /// Creates the renderer.
    public init() {}

    /// The result as JSON, ending in a newline.
    public func render<View: Renderable>(_ view: View) throws -> String {
        try PackCoding.json(view)
    }
}
