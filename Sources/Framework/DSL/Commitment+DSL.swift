extension Commitment {
    /// Writes an action the council commits to ("We will ...").
    ///
    /// ```swift
    /// Commitment("Offer training on young people's participation to council officers, carers and elected members.")
    /// ```
    public init(_ text: String) {
        self.init(text: text)
    }

    /// Writes a commitment of another kind: an aim, something to improve, or what happens in practice.
    ///
    /// ```swift
    /// Commitment(.improvement, "Improve the quality and consistency of Personal Education Plans")
    /// ```
    public init(_ kind: CommitmentKind, _ text: String) {
        self.init(text: text, kind: kind)
    }
}
