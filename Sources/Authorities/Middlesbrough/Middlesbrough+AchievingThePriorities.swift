import CorporateParenting

extension Middlesbrough {
    /// "Section 2" › "Achieving the Priorities": the seven priorities, each under its heading ("Priority 1: ..."),
    /// each with three lists: "What we need to improve", "What we will do:" and "What this means in practice".
    ///
    /// Each list has its own kind: needs are improvements, "What we will do:" bullets are commitments, "What this
    /// means in practice" bullets are practice. A bullet of another kind keeps its place with its own kind (a
    /// value, a governance fact, an action already under way, a planned step inside the practice list). None of
    /// the 131 bullets names an owner, a due date or a figure. "Increase the number of ..." bullets give a
    /// direction and no figure: they stay actions, not metrics with targets.
    ///
    /// The document never names the seven statutory principles or an outcome domain: every priority's mapping is
    /// the encoder's judgement, with its reason in the note.
    @PackContent static var section2: [Entry] {
        Section("Section 2", line: 248) {
            Section("Achieving the Priorities", line: 250) {
                priority1
                priority2
                priority3
                priority4
                priority5
                priority6
                priority7
            }
        }
    }
}
