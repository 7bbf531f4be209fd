import CorporateParenting

/// Visits every text of a pack with its key name, building a JSON path only for the texts a rule picks out.
struct PackTexts {
    private enum Step {
        case key(String)
        case index(Int)
    }

    private var steps: [Step] = []
    private var found: [(path: String, key: String, text: String)] = []
    private let wanted: (String, String) -> Bool

    /// The texts for which `wanted(key, text)` holds, with their JSON paths, in document order.
    static func find(in pack: AuthorityPack, where wanted: @escaping (String, String) -> Bool) -> [(path: String, key: String, text: String)] {
        var walker = PackTexts(wanted: wanted)
        walker.visit(pack)
        return walker.found
    }

    private init(wanted: @escaping (String, String) -> Bool) {
        self.wanted = wanted
    }

    /// The JSON path of the steps so far.
    private var path: String {
        var text = ""
        for step in steps {
            switch step {
            case .key(let key): text += text.isEmpty ? key : "." + key
            case .index(let index): text += "[\(index)]"
            }
        }
        return text
    }

    private mutating func text(_ key: String, _ value: String?) {
        guard let value, wanted(key, value) else { return }
        let base = path
        found.append((base.isEmpty ? key : base + "." + key, key, value))
    }

    private mutating func within(_ key: String, _ body: (inout PackTexts) -> Void) {
        steps.append(.key(key))
        body(&self)
        steps.removeLast()
    }

    private mutating func each<T>(_ key: String, _ items: [T], _ body: (inout PackTexts, T) -> Void) {
        steps.append(.key(key))
        for index in items.indices {  // not `enumerated()`: each item is read in place rather than copied
            steps.append(.index(index))
            body(&self, items[index])
            steps.removeLast()
        }
        steps.removeLast()
    }

    private mutating func strings(_ key: String, _ items: [String]) {
        for (index, item) in items.enumerated() where wanted(key, item) {
            let base = path
            found.append(((base.isEmpty ? key : base + "." + key) + "[\(index)]", key, item))
        }
    }

    private mutating func statement(_ key: String, _ statement: Statement?) {
        guard let statement else { return }
        within(key) { $0.statement(statement) }
    }

    private mutating func statement(_ statement: Statement) {
        text("text", statement.text)
        text("source", statement.source)
    }

    private mutating func visit(_ pack: AuthorityPack) {
        text("id", pack.id)
        text("name", pack.name)
        text("region", pack.region)
        within("strategy") { walker in
            let strategy = pack.strategy
            walker.text("title", strategy.title)
            walker.text("subtitle", strategy.subtitle)
            walker.text("status", strategy.status)
            walker.text("owner", strategy.owner)
            walker.text("document", strategy.document)
            walker.statement("vision", strategy.vision)
            walker.statement("mission", strategy.mission)
            for (key, list) in [("values", strategy.values), ("localPrinciples", strategy.localPrinciples), ("voices", strategy.voices),
                                ("challenges", strategy.challenges), ("legislation", strategy.legislation)] {
                walker.each(key, list) { $0.statement($1) }
            }
            walker.each("signatories", strategy.signatories) { walker, signatory in
                walker.text("name", signatory.name)
                walker.text("role", signatory.role)
                walker.text("source", signatory.source)
            }
            walker.text("source", strategy.source)
        }
        each("priorities", pack.priorities) { walker, priority in
            walker.item(priority)
            walker.statement("aim", priority.aim)
            walker.statement("vision", priority.vision)
            walker.each("challenges", priority.challenges) { $0.statement($1) }
            walker.strings("partners", priority.partners)
        }
        each("objectives", pack.objectives) { walker, objective in
            walker.item(objective)
            walker.text("priority", objective.priority)
            walker.statement("aim", objective.aim)
            walker.statement("vision", objective.vision)
            walker.each("challenges", objective.challenges) { $0.statement($1) }
            walker.strings("partners", objective.partners)
        }
        each("measures", pack.measures) { $0.measure($1) }
        each("pledges", pack.pledges) { walker, pledge in
            walker.text("title", pledge.title)
            walker.text("audience", pledge.audience)
            walker.text("summary", pledge.summary)
            walker.each("promises", pledge.promises) { walker, promise in
                walker.text("text", promise.text)
                walker.strings("details", promise.details)
                walker.text("source", promise.source)
            }
            walker.text("source", pledge.source)
        }
        each("workingGroups", pack.workingGroups) { walker, group in
            walker.text("name", group.name)
            walker.text("chair", group.chair)
            walker.strings("members", group.members)
            walker.text("remit", group.remit)
            walker.text("meetingFrequency", group.meetingFrequency)
            walker.text("reportsTo", group.reportsTo)
            walker.text("source", group.source)
        }
        within("governance") { walker in
            if let board = pack.governance.board {
                walker.within("board") { walker in
                    walker.text("name", board.name)
                    walker.text("chair", board.chair)
                    walker.strings("coChairs", board.coChairs)
                    walker.text("meetingFrequency", board.meetingFrequency)
                    walker.strings("members", board.members)
                    walker.strings("responsibilities", board.responsibilities)
                    walker.text("reportsTo", board.reportsTo)
                    walker.text("source", board.source)
                }
            }
            walker.each("participation", pack.governance.participation) { walker, group in
                walker.text("name", group.name)
                walker.text("audience", group.audience)
                walker.text("meetingFrequency", group.meetingFrequency)
                walker.text("partOf", group.partOf)
                walker.text("description", group.description)
                walker.text("source", group.source)
            }
            walker.each("arrangements", pack.governance.arrangements) { $0.statement($1) }
        }
        each("cohort", pack.cohort) { walker, figure in
            walker.text("group", figure.group)
            walker.text("qualifier", figure.qualifier)
            walker.text("period", figure.period)
            walker.text("source", figure.source)
        }
        each("localOffer", pack.localOffer) { $0.statement($1) }
        each("expectations", pack.expectations) { walker, set in
            walker.text("title", set.title)
            walker.text("audience", set.audience)
            walker.strings("items", set.items)
            walker.text("source", set.source)
        }
        each("inconsistencies", pack.inconsistencies) { walker, inconsistency in
            walker.text("topic", inconsistency.topic)
            walker.each("statements", inconsistency.statements) { $0.statement($1) }
        }
    }

    private mutating func item<Item: StrategyItem>(_ item: Item) {
        text("title", item.title)
        each("commitments", item.commitments) { walker, commitment in
            walker.text("text", commitment.text)
            walker.text("source", commitment.source)
        }
        each("outcomes", item.outcomes) { walker, outcome in
            walker.text("statement", outcome.statement)
            walker.each("measures", outcome.measures) { $0.measure($1) }
            walker.text("source", outcome.source)
        }
        each("measures", item.measures) { $0.measure($1) }
        text("source", item.source)
    }

    private mutating func measure(_ measure: Measure) {
        text("title", measure.title)
        text("definition", measure.definition)
        text("frequency", measure.frequency)
        if let target = measure.target { within("target") { $0.text("wording", target.wording) } }
        if let baseline = measure.baseline {
            within("baseline") { walker in
                walker.text("period", baseline.period)
                walker.text("wording", baseline.wording)
            }
        }
        each("observations", measure.observations) { walker, observation in
            walker.text("area", observation.area)
            walker.text("period", observation.period)
            walker.text("qualifier", observation.qualifier)
            walker.text("note", observation.note)
            walker.text("source", observation.source)
        }
        text("source", measure.source)
    }
}
