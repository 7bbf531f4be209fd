/// The content of a priority or objective, gathered from its builder's elements.
struct PriorityParts {
    var aim: Statement?
    var vision: Statement?
    var commitments: [Commitment] = []
    var outcomes: [Outcome] = []
    var measures: [Measure] = []
    var challenges: [Statement] = []
    var partners: [String] = []

    /// Gathers elements in order; outcomes without an id are numbered `<parent>-outcome-<n>`, and a second aim or
    /// vision continues the first as a new paragraph.
    init(_ elements: [PriorityElement], parentID: String) {
        for element in elements {
            switch element {
            case .aim(let statement): aim = aim.continued(with: statement)
            case .vision(let statement): vision = vision.continued(with: statement)
            case .commitment(let commitment): commitments.append(commitment)
            case .outcome(var outcome):
                if outcome.id.isEmpty { outcome.id = "\(parentID)-outcome-\(outcomes.count + 1)" }
                outcomes.append(outcome)
            case .measure(let measure): measures.append(measure)
            case .challenge(let statement): challenges.append(statement)
            case .partner(let name): partners.append(name)
            }
        }
    }
}

extension Optional where Wrapped == Statement {
    /// This statement with another paragraph added, or the new one when there was none.
    func continued(with next: Statement) -> Statement {
        guard let first = self else { return next }
        return Statement(first.text + "\n\n" + next.text, source: first.source)
    }
}
