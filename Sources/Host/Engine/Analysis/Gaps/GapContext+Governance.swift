import CorporateParenting

extension GapContext {
    /// Words that make a recorded contradiction's topic one about governance.
    static let governanceWords = ["chair", "board", "panel", "governance", "committee"]

    /// Whether a recorded contradiction is about the strategy's governance: its topic names one of the pack's
    /// bodies, or a chair, board, panel, committee or governance.
    func isAboutGovernance(_ inconsistency: Inconsistency) -> Bool {
        let topic = inconsistency.topic.lowercased()
        if profile.index.bodies.contains(where: { topic.contains($0.value.name.lowercased()) }) { return true }
        return Self.governanceWords.contains { topic.contains($0) }
    }
}
