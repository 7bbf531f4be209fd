extension Section {
    /// A heading of the document and what is printed under it. Without an `id`, the pack derives one from the
    /// heading (see ``AuthorityPack/init(id:name:ons:dfe:region:document:inconsistencies:actionPlans:_:)``); give one where
    /// something refers to the section, such as an ``Excerpt``.
    public init(
        _ heading: String,
        id: ID<Section>? = nil,
        page: Int? = nil,
        line: Int? = nil,
        capture: CaptureExtent? = nil,
        @PackContent _ content: () -> [Entry] = { [] }
    ) {
        self.init(id: id ?? "", heading: heading, page: page, line: line, capture: capture, content: content())
    }
}
