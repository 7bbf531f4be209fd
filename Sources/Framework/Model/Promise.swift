/// One promise of a pledge, with the details the document lists under it.
public struct Promise: Codable, Equatable, Sendable {
    /// The promise as the document words it.
    public var text: String
    /// The points listed under it, if any.
    public var details: [String]
    /// The section this comes from.
    public var source: String

    /// Creates a promise.
    public init(text: String, details: [String] = [], source: String = "") {
        self.text = text
        self.details = details
        self.source = source
    }
}
