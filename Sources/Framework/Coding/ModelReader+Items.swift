extension ModelReader {
    mutating func priority() throws -> Priority {
        try strategyItem(Priority(id: "", title: "")) { _, _, _ in false }
    }

    mutating func objective() throws -> Objective {
        try strategyItem(Objective(id: "", title: "")) { reader, key, item in
            guard key == "priority" else { return false }
            item.priority = try reader.optionalString()
            return true
        }
    }

    /// A priority or an objective; `other` reads a key only one of them has, returning whether it did.
    private mutating func strategyItem<Item: ReadableStrategyItem>(
        _ empty: Item, other: (inout ModelReader, String, inout Item) throws -> Bool
    ) throws -> Item {
        try beginObject()
        var item = empty
        var id: String?, title: String?, source: String?
        while let key = try nextKey() {
            switch key {
            case "id": id = try string()
            case "number": item.number = try optionalInt()
            case "title": title = try string()
            case "aim": item.aim = try optionalStatement()
            case "vision": item.vision = try optionalStatement()
            case "principles": item.principles = try list { try $0.int() }
            case "domains": item.domains = try list { DomainID(rawValue: try $0.string()) }
            case "commitments": item.commitments = try list { try $0.commitment() }
            case "outcomes": item.outcomes = try list { try $0.outcome() }
            case "measures": item.measures = try list { try $0.measure() }
            case "challenges": item.challenges = try list { try $0.statement() }
            case "partners": item.partners = try list { try $0.string() }
            case "source": source = try internedString()
            default: if try !other(&self, key, &item) { try unknown() }
            }
        }
        guard let id else { throw missing("id") }
        guard let title else { throw missing("title") }
        guard let source else { throw missing("source") }
        item.id = id
        item.title = title
        item.source = source
        return item
    }

    mutating func commitment() throws -> Commitment {
        try beginObject()
        var text: String?, source: String?
        var kind = CommitmentKind.action
        while let key = try nextKey() {
            switch key {
            case "text": text = try string()
            case "kind": kind = try optionalValue(CommitmentKind.self) ?? .action
            case "source": source = try internedString()
            default: try unknown()
            }
        }
        guard let text else { throw missing("text") }
        guard let source else { throw missing("source") }
        return Commitment(text: text, kind: kind, source: source)
    }

    mutating func outcome() throws -> Outcome {
        try beginObject()
        var id: String?, statement: String?, source: String?
        var measures: [Measure] = []
        while let key = try nextKey() {
            switch key {
            case "id": id = try string()
            case "statement": statement = try string()
            case "measures": measures = try list { try $0.measure() }
            case "source": source = try internedString()
            default: try unknown()
            }
        }
        guard let id else { throw missing("id") }
        guard let statement else { throw missing("statement") }
        guard let source else { throw missing("source") }
        return Outcome(id: id, statement: statement, measures: measures, source: source)
    }

    mutating func measure() throws -> Measure {
        try beginObject()
        var measure = Measure(id: "", title: "")
        var id: String?, title: String?, source: String?
        while let key = try nextKey() {
            switch key {
            case "id": id = try string()
            case "title": title = try string()
            case "standardMeasure": measure.standardMeasure = try optionalString().map(StandardMeasureID.init(rawValue:))
            case "purpose": measure.purpose = try optionalValue(MeasurePurpose.self) ?? .monitor
            case "unit": measure.unit = try optionalString().map(MeasureUnit.init(rawValue:))
            case "domain": measure.domain = try optionalString().map(DomainID.init(rawValue:))
            case "definition": measure.definition = try optionalString()
            case "frequency": measure.frequency = try optionalString()
            case "target": measure.target = try optional { try $0.target() }
            case "baseline": measure.baseline = try optional { try $0.baseline() }
            case "observations": measure.observations = try list { try $0.observation() }
            case "source": source = try internedString()
            default: try unknown()
            }
        }
        guard let id else { throw missing("id") }
        guard let title else { throw missing("title") }
        guard let source else { throw missing("source") }
        measure.id = id
        measure.title = title
        measure.source = source
        return measure
    }

    mutating func target() throws -> Target {
        try beginObject()
        var target = Target(wording: "")
        var wording: String?
        while let key = try nextKey() {
            switch key {
            case "value": target.value = try optionalDouble()
            case "unit": target.unit = try optionalString().map(MeasureUnit.init(rawValue:))
            case "direction": target.direction = try optionalValue(Direction.self)
            case "by": target.by = try optionalDate()
            case "wording": wording = try string()
            default: try unknown()
            }
        }
        guard let wording else { throw missing("wording") }
        target.wording = wording
        return target
    }

    mutating func baseline() throws -> Baseline {
        try beginObject()
        var baseline = Baseline(wording: "")
        var wording: String?
        while let key = try nextKey() {
            switch key {
            case "value": baseline.value = try optionalDouble()
            case "unit": baseline.unit = try optionalString().map(MeasureUnit.init(rawValue:))
            case "period": baseline.period = try optionalString()
            case "wording": wording = try string()
            default: try unknown()
            }
        }
        guard let wording else { throw missing("wording") }
        baseline.wording = wording
        return baseline
    }

    mutating func observation() throws -> Observation {
        try beginObject()
        var observation = Observation(value: 0, unit: .count)
        var value: Double?, unit: String?, scope: Scope?, source: String?
        while let key = try nextKey() {
            switch key {
            case "value": value = try double()
            case "unit": unit = try string()
            case "scope": scope = try self.value(Scope.self)
            case "area": observation.area = try optionalString()
            case "period": observation.period = try optionalString()
            case "qualifier": observation.qualifier = try optionalString()
            case "note": observation.note = try optionalString()
            case "source": source = try internedString()
            default: try unknown()
            }
        }
        guard let value else { throw missing("value") }
        guard let unit else { throw missing("unit") }
        guard let scope else { throw missing("scope") }
        guard let source else { throw missing("source") }
        observation.value = value
        observation.unit = MeasureUnit(rawValue: unit)
        observation.scope = scope
        observation.source = source
        return observation
    }
}
