import CorporateParenting

extension DfETable {
    /// The columns of time and geography that every tidy file leads with; the rest are filters and values.
    static let geography: Set<String> = [
        "time_period", "time_identifier", "geographic_level", "country_code", "country_name", "region_code", "region_name",
        "old_la_code", "new_la_code", "la_name",
    ]

    /// The position of the column called `name`, exactly or else ignoring case.
    public func column(named name: String) -> Int? {
        if let exact = index[name] { return exact }
        let lowered = name.lowercased()
        return header.firstIndex { $0.lowercased() == lowered }
    }

    /// The filter columns, in the file's order: neither time nor geography, and holding some text that is not a
    /// figure or DfE symbol (value columns hold only those).
    public var filterColumns: [Int] {
        header.indices.filter { position in
            !Self.geography.contains(header[position])
                && zip(columns.columns[position].values, figures[position]).contains { $0.1 == nil && !$0.0.trimmingCharacters(in: " ").isEmpty }
        }
    }

    /// The rows whose cells hold every condition (conditions on one column are alternatives), with the value
    /// column read and every filter column given, as well as any other non-geography column a condition names.
    /// A column the file lacks is an error naming the columns there are.
    public func rows(where conditions: [DfEQueryFilter], value: String) throws(EngineError) -> (rows: [DfEQueryRow], filterColumns: [String]) {
        guard let valueIndex = column(named: value) else { throw missingColumn(value) }
        let groups = try accepted(conditions)
        let shown = Set(filterColumns).union(groups.map(\.column).filter { !Self.geography.contains(header[$0]) }).sorted()
        let levelCodes = columns.columns[index["geographic_level"]!].codes
        var result: [DfEQueryRow] = []
        for row in 0..<rowCount where groups.allSatisfy({ $0.allowed[Int(columns.columns[$0.column].codes[row])] }) {
            guard let level = levels[Int(levelCodes[row])] else { continue }
            let filters = Dictionary(shown.map { (header[$0], columns.value(row: row, column: $0)) }, uniquingKeysWith: { first, _ in first })
            result.append(DfEQueryRow(observation: try observation(row, level: level, valueIndex: valueIndex), filters: filters))
        }
        return (result, shown.map { header[$0] })
    }

    /// Why no row holds every condition: the first condition, in the order given, that leaves no row among those
    /// the earlier ones kept, with the values its column holds there, nearest the wanted value first; `nil` when
    /// some row matches.
    public func unmatched(_ conditions: [DfEQueryFilter], shown limit: Int = 10) throws(EngineError) -> EngineError? {
        let groups = try accepted(conditions)
        let levelCodes = columns.columns[index["geographic_level"]!].codes
        var kept = (0..<rowCount).filter { levels[Int(levelCodes[$0])] != nil }
        var earlier: [String] = []
        for group in groups {
            let codes = columns.columns[group.column].codes
            let next = kept.filter { group.allowed[Int(codes[$0])] }
            if next.isEmpty {
                let present = Set(kept.map { codes[$0] }).map { columns.columns[group.column].values[Int($0)] }.filter { !$0.isEmpty }
                let ordered = Self.nearestFirst(present, to: conditions.filter { column(named: $0.column) == group.column }.map(\.value))
                return .noMatch(file: path, wanted: Self.describe(header[group.column], group.wanted), among: earlier.isEmpty ? nil : earlier.joined(separator: " and "),
                                column: header[group.column], values: Array(ordered.prefix(limit)), more: max(0, ordered.count - limit))
            }
            earlier.append(Self.describe(header[group.column], group.wanted))
            kept = next
        }
        return nil
    }

    /// Each named column once, in the order first named, with its wanted values quoted and the values its
    /// conditions accept.
    func accepted(_ conditions: [DfEQueryFilter]) throws(EngineError) -> [(column: Int, wanted: [String], allowed: [Bool])] {
        var groups: [(column: Int, wanted: [String], allowed: [Bool])] = []
        for condition in conditions {
            guard let position = column(named: condition.column) else { throw missingColumn(condition.column) }
            let allowed = columns.columns[position].values.map(condition.accepts)
            if let existing = groups.firstIndex(where: { $0.column == position }) {
                groups[existing].wanted.append(Self.quote(condition))
                groups[existing].allowed = zip(groups[existing].allowed, allowed).map { $0 || $1 }
            } else {
                groups.append((position, [Self.quote(condition)], allowed))
            }
        }
        return groups
    }

    func missingColumn(_ name: String) -> EngineError {
        .badInput(file: path, place: nil, reason: "there is no column \(name); the columns are \(header.joined(separator: ", "))")
    }

    /// `column "a"` or `column "a" or "b" exactly`.
    static func describe(_ column: String, _ wanted: [String]) -> String {
        "\(column) " + wanted.joined(separator: " or ")
    }

    /// A condition's value in quotes, marked when it must match exactly.
    static func quote(_ condition: DfEQueryFilter) -> String {
        "\"\(condition.value)\"" + (condition.exact ? " exactly" : "")
    }

    /// The values, those containing or contained in a wanted one first, then by edit distance, then alphabetically.
    static func nearestFirst(_ values: [String], to wanted: [String]) -> [String] {
        let targets = wanted.map { $0.lowercased() }
        return values.map { value -> (String, Int) in
            let lowered = value.lowercased()
            let score = targets.map { target in
                target.isEmpty ? lowered.count : (lowered.contains(target) || target.contains(lowered) ? 0 : Suggestions.distance(target, lowered))
            }.min() ?? 0
            return (value, score)
        }
        .sorted { ($0.1, $0.0) < ($1.1, $1.0) }
        .map(\.0)
    }
}
