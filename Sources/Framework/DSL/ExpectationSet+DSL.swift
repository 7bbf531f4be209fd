extension ExpectationSet {
    /// Writes a list of what the document expects of corporate parents.
    ///
    /// ```swift
    /// ExpectationSet("Corporate Parenting Responsibilities", audience: "Senior officers and elected members",
    ///                items: ["To listen to our cared for and care experienced children and young people."])
    /// ```
    public init(_ title: String, audience: String? = nil, items: [String]) {
        self.init(title: title, audience: audience, items: items)
    }
}
