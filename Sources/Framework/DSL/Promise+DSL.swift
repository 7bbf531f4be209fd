extension Promise {
    /// Writes a promise and the points listed under it.
    ///
    /// ```swift
    /// Promise("We will inform you by:", details: ["Keeping information up to date and correct"])
    /// ```
    public init(_ text: String, details: [String] = []) {
        self.init(text: text, details: details)
    }
}
