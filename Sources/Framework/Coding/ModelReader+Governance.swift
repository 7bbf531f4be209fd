extension ModelReader {
    mutating func pledge() throws -> Pledge {
        try beginObject()
        var pledge = Pledge(id: "", title: "")
        var id: String?, title: String?, source: String?
        while let key = try nextKey() {
            switch key {
            case "id": id = try string()
            case "title": title = try string()
            case "audience": pledge.audience = try optionalString()
            case "summary": pledge.summary = try optionalString()
            case "promises": pledge.promises = try list { try $0.promise() }
            case "source": source = try internedString()
            default: try unknown()
            }
        }
        guard let id else { throw missing("id") }
        guard let title else { throw missing("title") }
        guard let source else { throw missing("source") }
        pledge.id = id
        pledge.title = title
        pledge.source = source
        return pledge
    }

    mutating func promise() throws -> Promise {
        try beginObject()
        var text: String?, source: String?
        var details: [String] = []
        while let key = try nextKey() {
            switch key {
            case "text": text = try string()
            case "details": details = try list { try $0.string() }
            case "source": source = try internedString()
            default: try unknown()
            }
        }
        guard let text else { throw missing("text") }
        guard let source else { throw missing("source") }
        return Promise(text: text, details: details, source: source)
    }

    mutating func workingGroup() throws -> WorkingGroup {
        try beginObject()
        var group = WorkingGroup(id: "", name: "")
        var id: String?, name: String?, source: String?
        while let key = try nextKey() {
            switch key {
            case "id": id = try string()
            case "name": name = try string()
            case "kind": group.kind = try optionalValue(WorkingGroupKind.self) ?? .workingGroup
            case "chair": group.chair = try optionalString()
            case "priorities": group.priorities = try list { try $0.string() }
            case "members": group.members = try list { try $0.string() }
            case "remit": group.remit = try optionalString()
            case "meetingFrequency": group.meetingFrequency = try optionalString()
            case "meetingsPerYear": group.meetingsPerYear = try optionalInt()
            case "reportsTo": group.reportsTo = try optionalString()
            case "source": source = try internedString()
            default: try unknown()
            }
        }
        guard let id else { throw missing("id") }
        guard let name else { throw missing("name") }
        guard let source else { throw missing("source") }
        group.id = id
        group.name = name
        group.source = source
        return group
    }

    mutating func governance() throws -> Governance {
        if isNull { try scanner.expectLiteral("null"); return Governance() }
        try beginObject()
        var governance = Governance()
        while let key = try nextKey() {
            switch key {
            case "board": governance.board = try optional { try $0.board() }
            case "participation": governance.participation = try list { try $0.participationGroup() }
            case "arrangements": governance.arrangements = try list { try $0.statement() }
            default: try unknown()
            }
        }
        return governance
    }

    mutating func board() throws -> Board {
        try beginObject()
        var board = Board(name: "")
        var name: String?, source: String?
        while let key = try nextKey() {
            switch key {
            case "name": name = try string()
            case "chair": board.chair = try optionalString()
            case "coChairs": board.coChairs = try list { try $0.string() }
            case "meetingFrequency": board.meetingFrequency = try optionalString()
            case "meetingsPerYear": board.meetingsPerYear = try optionalInt()
            case "members": board.members = try list { try $0.string() }
            case "responsibilities": board.responsibilities = try list { try $0.string() }
            case "youngPeopleOnBoard": board.youngPeopleOnBoard = try optionalBool()
            case "youngPeopleCoChair": board.youngPeopleCoChair = try optionalBool()
            case "reportsTo": board.reportsTo = try optionalString()
            case "source": source = try internedString()
            default: try unknown()
            }
        }
        guard let name else { throw missing("name") }
        guard let source else { throw missing("source") }
        board.name = name
        board.source = source
        return board
    }

    mutating func participationGroup() throws -> ParticipationGroup {
        try beginObject()
        var group = ParticipationGroup(id: "", name: "")
        var id: String?, name: String?, source: String?
        while let key = try nextKey() {
            switch key {
            case "id": id = try string()
            case "name": name = try string()
            case "audience": group.audience = try optionalString()
            case "ageRange": group.ageRange = try optional { try $0.ageRange() }
            case "meetingFrequency": group.meetingFrequency = try optionalString()
            case "meetingsPerYear": group.meetingsPerYear = try optionalInt()
            case "partOf": group.partOf = try optionalString()
            case "sitsOnBoard": group.sitsOnBoard = try optionalBool()
            case "description": group.description = try optionalString()
            case "source": source = try internedString()
            default: try unknown()
            }
        }
        guard let id else { throw missing("id") }
        guard let name else { throw missing("name") }
        guard let source else { throw missing("source") }
        group.id = id
        group.name = name
        group.source = source
        return group
    }

    mutating func ageRange() throws -> AgeRange {
        try beginObject()
        var range = AgeRange()
        while let key = try nextKey() {
            switch key {
            case "min": range.min = try optionalInt()
            case "max": range.max = try optionalInt()
            default: try unknown()
            }
        }
        return range
    }

    mutating func cohortFigure() throws -> CohortFigure {
        try beginObject()
        var figure = CohortFigure(group: "", count: 0)
        var group: String?, count: Int?, source: String?
        while let key = try nextKey() {
            switch key {
            case "group": group = try string()
            case "count": count = try int()
            case "qualifier": figure.qualifier = try optionalString()
            case "asAt": figure.asAt = try optionalDate()
            case "period": figure.period = try optionalString()
            case "source": source = try internedString()
            default: try unknown()
            }
        }
        guard let group else { throw missing("group") }
        guard let count else { throw missing("count") }
        guard let source else { throw missing("source") }
        figure.group = group
        figure.count = count
        figure.source = source
        return figure
    }

    mutating func expectationSet() throws -> ExpectationSet {
        try beginObject()
        var set = ExpectationSet(title: "")
        var title: String?, source: String?
        while let key = try nextKey() {
            switch key {
            case "title": title = try string()
            case "audience": set.audience = try optionalString()
            case "items": set.items = try list { try $0.string() }
            case "source": source = try internedString()
            default: try unknown()
            }
        }
        guard let title else { throw missing("title") }
        guard let source else { throw missing("source") }
        set.title = title
        set.source = source
        return set
    }

    mutating func inconsistency() throws -> Inconsistency {
        try beginObject()
        var topic: String?
        var statements: [Statement] = []
        while let key = try nextKey() {
            switch key {
            case "topic": topic = try string()
            case "statements": statements = try list { try $0.statement() }
            default: try unknown()
            }
        }
        guard let topic else { throw missing("topic") }
        return Inconsistency(topic: topic, statements: statements)
    }
}
