extension Pledge {
    /// Writes a pledge and its promises; a pledge the document only names has none.
    ///
    /// ```swift
    /// Pledge("our-promise", "Our Promise", audience: "Children in care and care leavers") {
    ///     Promise("We will support you")
    ///     Promise("We will listen to you")
    /// }
    /// ```
    public init(
        _ id: String,
        _ title: String,
        audience: String? = nil,
        summary: String? = nil,
        @ContentBuilder<Promise> promises: () -> [Promise] = { [] }
    ) {
        self.init(id: id, title: title, audience: audience, summary: summary, promises: promises())
    }
}
