/// Something whose source (and its children's) a ``Section`` prefixes with its title.
public protocol SectionPlaceable {
    /// A copy whose sources are prefixed with `section`.
    func placed(in section: String) -> Self
}

extension String {
    /// This source, prefixed with an enclosing section's title.
    func placed(in section: String) -> String {
        isEmpty ? section : section + " › " + self
    }
}

extension Array where Element: SectionPlaceable {
    func placed(in section: String) -> [Element] {
        map { $0.placed(in: section) }
    }
}

extension Optional where Wrapped: SectionPlaceable {
    func placed(in section: String) -> Wrapped? {
        map { $0.placed(in: section) }
    }
}

extension Statement: SectionPlaceable {
    /// A copy whose source is prefixed with `section`.
    public func placed(in section: String) -> Statement {
        Statement(text, source: source.placed(in: section))
    }
}

extension Commitment: SectionPlaceable {
    /// A copy whose source is prefixed with `section`.
    public func placed(in section: String) -> Commitment {
        var copy = self
        copy.source = source.placed(in: section)
        return copy
    }
}

extension Observation: SectionPlaceable {
    /// A copy whose source is prefixed with `section`.
    public func placed(in section: String) -> Observation {
        var copy = self
        copy.source = source.placed(in: section)
        return copy
    }
}

extension Measure: SectionPlaceable {
    /// A copy whose sources, and its observations', are prefixed with `section`.
    public func placed(in section: String) -> Measure {
        var copy = self
        copy.source = source.placed(in: section)
        copy.observations = observations.placed(in: section)
        return copy
    }
}

extension Outcome: SectionPlaceable {
    /// A copy whose sources, and its measures', are prefixed with `section`.
    public func placed(in section: String) -> Outcome {
        var copy = self
        copy.source = source.placed(in: section)
        copy.measures = measures.placed(in: section)
        return copy
    }
}

extension Priority: SectionPlaceable {
    /// A copy whose sources, and everything's under it, are prefixed with `section`.
    public func placed(in section: String) -> Priority {
        var copy = self
        copy.source = source.placed(in: section)
        copy.aim = aim.placed(in: section)
        copy.vision = vision.placed(in: section)
        copy.commitments = commitments.placed(in: section)
        copy.outcomes = outcomes.placed(in: section)
        copy.measures = measures.placed(in: section)
        copy.challenges = challenges.placed(in: section)
        return copy
    }
}

extension Objective: SectionPlaceable {
    /// A copy whose sources, and everything's under it, are prefixed with `section`.
    public func placed(in section: String) -> Objective {
        var copy = self
        copy.source = source.placed(in: section)
        copy.aim = aim.placed(in: section)
        copy.vision = vision.placed(in: section)
        copy.challenges = challenges.placed(in: section)
        copy.commitments = commitments.placed(in: section)
        copy.outcomes = outcomes.placed(in: section)
        copy.measures = measures.placed(in: section)
        return copy
    }
}

extension Promise: SectionPlaceable {
    /// A copy whose source is prefixed with `section`.
    public func placed(in section: String) -> Promise {
        var copy = self
        copy.source = source.placed(in: section)
        return copy
    }
}

extension Pledge: SectionPlaceable {
    /// A copy whose sources, and its promises', are prefixed with `section`.
    public func placed(in section: String) -> Pledge {
        var copy = self
        copy.source = source.placed(in: section)
        copy.promises = promises.placed(in: section)
        return copy
    }
}
