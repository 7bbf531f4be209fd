extension ModelReader {
    mutating func authorityPack() throws -> AuthorityPack {
        try beginObject()
        var schemaVersion: Int?, id: String?, name: String?, strategy: Strategy?
        var pack = AuthorityPack(id: "", name: "", strategy: Strategy(title: ""))
        while let key = try nextKey() {
            switch key {
            case "schemaVersion": schemaVersion = try int()
            case "id": id = try string()
            case "name": name = try string()
            case "codes": pack.codes = try codes()
            case "region": pack.region = try optionalString()
            case "strategy": strategy = try self.strategy()
            case "priorities": pack.priorities = try list { try $0.priority() }
            case "objectives": pack.objectives = try list { try $0.objective() }
            case "pledges": pack.pledges = try list { try $0.pledge() }
            case "workingGroups": pack.workingGroups = try list { try $0.workingGroup() }
            case "governance": pack.governance = try governance()
            case "measures": pack.measures = try list { try $0.measure() }
            case "cohort": pack.cohort = try list { try $0.cohortFigure() }
            case "localOffer": pack.localOffer = try list { try $0.statement() }
            case "expectations": pack.expectations = try list { try $0.expectationSet() }
            case "inconsistencies": pack.inconsistencies = try list { try $0.inconsistency() }
            default: try unknown()
            }
        }
        guard let schemaVersion else { throw missing("schemaVersion") }
        guard let id else { throw missing("id") }
        guard let name else { throw missing("name") }
        guard let strategy else { throw missing("strategy") }
        pack.schemaVersion = schemaVersion
        pack.id = id
        pack.name = name
        pack.strategy = strategy
        return pack
    }

    mutating func codes() throws -> AuthorityCodes {
        if isNull { try scanner.expectLiteral("null"); return AuthorityCodes() }
        try beginObject()
        var codes = AuthorityCodes()
        while let key = try nextKey() {
            switch key {
            case "ons": codes.ons = try optionalString()
            case "dfe": codes.dfe = try optionalString()
            default: try unknown()
            }
        }
        return codes
    }

    mutating func strategy() throws -> Strategy {
        try beginObject()
        var title: String?, source: String?
        var strategy = Strategy(title: "")
        while let key = try nextKey() {
            switch key {
            case "title": title = try string()
            case "subtitle": strategy.subtitle = try optionalString()
            case "period": strategy.period = try period()
            case "reviewDate": strategy.reviewDate = try optionalDate()
            case "approved": strategy.approved = try optionalDate()
            case "status": strategy.status = try optionalString()
            case "vision": strategy.vision = try optionalStatement()
            case "mission": strategy.mission = try optionalStatement()
            case "values": strategy.values = try list { try $0.statement() }
            case "localPrinciples": strategy.localPrinciples = try list { try $0.statement() }
            case "signatories": strategy.signatories = try list { try $0.signatory() }
            case "owner": strategy.owner = try optionalString()
            case "voices": strategy.voices = try list { try $0.statement() }
            case "challenges": strategy.challenges = try list { try $0.statement() }
            case "legislation": strategy.legislation = try list { try $0.statement() }
            case "document": strategy.document = try optionalString()
            case "source": source = try internedString()
            default: try unknown()
            }
        }
        guard let title else { throw missing("title") }
        guard let source else { throw missing("source") }
        strategy.title = title
        strategy.source = source
        return strategy
    }

    mutating func period() throws -> StrategyPeriod {
        if isNull { try scanner.expectLiteral("null"); return StrategyPeriod() }
        try beginObject()
        var period = StrategyPeriod()
        while let key = try nextKey() {
            switch key {
            case "start": period.start = try optionalDate()
            case "end": period.end = try optionalDate()
            default: try unknown()
            }
        }
        return period
    }

    mutating func statement() throws -> Statement {
        try beginObject()
        var text: String?, source: String?
        while let key = try nextKey() {
            switch key {
            case "text": text = try string()
            case "source": source = try internedString()
            default: try unknown()
            }
        }
        guard let text else { throw missing("text") }
        guard let source else { throw missing("source") }
        return Statement(text, source: source)
    }

    mutating func optionalStatement() throws -> Statement? {
        if isNull { try scanner.expectLiteral("null"); return nil }
        return try statement()
    }

    mutating func signatory() throws -> Signatory {
        try beginObject()
        var signatory = Signatory()
        var source: String?
        while let key = try nextKey() {
            switch key {
            case "name": signatory.name = try optionalString()
            case "role": signatory.role = try optionalString()
            case "source": source = try internedString()
            default: try unknown()
            }
        }
        guard let source else { throw missing("source") }
        signatory.source = source
        return signatory
    }
}
