import CorporateParenting

/// Two or more strategies side by side, section by section: period and currency, items by domain,
/// principles, pledges, working groups, the board, youth participation, measures and targets, and the
/// differences that stand out.
public struct Comparison: Codable, Sendable {
    /// The authorities compared, in the order given.
    public var authorities: [AuthorityRef]
    /// The date "current" and "ended" are judged on.
    public var asOf: PartialDate
    /// Each strategy's period and whether it is current.
    public var periods: [PeriodFacts]
    /// For each domain, the titles of each authority's items (its priorities, outcomes, themes, pledges and the
    /// items under them) serving it.
    public var prioritiesByDomain: [FacetRow<[String]>]
    /// For each principle, how many of each authority's items serve it.
    public var principles: [FacetRow<Int>]
    /// Each authority's pledges (items the document sets out as pledges) and their promises.
    public var pledges: [[PledgeFacts]]
    /// Each authority's working groups, sub-groups, partnerships and networks, and their chairs.
    public var workingGroups: [[GroupFacts]]
    /// Each authority's board, when its document describes one.
    public var boards: [BoardFacts?]
    /// Each authority's youth participation groups.
    public var participation: [[ParticipationFacts]]
    /// Standard measures all monitor, and those only one monitors (figures quoted as context do not count).
    public var measures: MeasureFacts
    /// Each authority's targets.
    public var targets: [[TargetFacts]]
    /// What some strategies have and the others lack.
    public var differences: [ComparisonDifference]
    /// The councils' published DfE figures: one row per standard measure with figures, one benchmark row per
    /// strategy (`nil` where the pack has no DfE or ONS code); `nil` when the comparison was made without statistics.
    public var figures: [FacetRow<BenchmarkRow?>]? = nil
    /// How alike the strategies are, pair by pair, by framework tags (see ``SimilarityMatrix``): one row per
    /// strategy, keyed by its id; `nil` when not worked out.
    public var similarity: [FacetRow<Double>]? = nil
    /// How alike the strategies are, pair by pair, by what they say (see ``TextSimilarity``), rounded to three
    /// decimals; `nil` when not worked out.
    public var textSimilarity: [FacetRow<Double>]? = nil
}

/// A row of a comparison: a principle or domain and one value per authority.
public struct FacetRow<Value: Codable & Sendable>: Codable, Sendable {
    /// The principle's number or domain's id.
    public var key: String
    /// Its title.
    public var title: String
    /// One value per authority.
    public var values: [Value]
}

/// A strategy's period and currency.
public struct PeriodFacts: Codable, Sendable {
    /// The period.
    public var period: StrategyPeriod
    /// The review date, when stated.
    public var reviewDate: PartialDate?
    /// The status the document prints.
    public var status: String?
    /// Whether the period has ended on the comparison's date; `nil` when the period's end is not stated.
    public var ended: Bool?
    /// Whether the review date has passed; `nil` when none is stated.
    public var reviewPassed: Bool?
}

/// A pledge as compared.
public struct PledgeFacts: Codable, Sendable {
    /// Its title.
    public var title: String
    /// How many promises the document sets out.
    public var promises: Int
}

/// A working group, sub-group, partnership or network as compared.
public struct GroupFacts: Codable, Sendable {
    /// Its name.
    public var name: String
    /// Its kind.
    public var kind: BodyKind
    /// Whether the document gives it as in place, planned, proposed or unresolved.
    public var status: FactStatus
    /// Who chairs or leads it, when the document states it in place.
    public var chair: String?
}

/// A board as compared. A fact the document gives only as planned, proposed or unresolved is never reported as
/// present: its status says what the document says.
public struct BoardFacts: Codable, Sendable {
    /// Its name.
    public var name: String
    /// Whether the document gives the board as in place, planned, proposed or unresolved.
    public var status: FactStatus
    /// Its chair, when stated in place.
    public var chair: String?
    /// Its co-chairs, stated in place.
    public var coChairs: [String]
    /// Chairs and co-chairs given only as planned, proposed or unresolved: "Lead Member (planned)".
    public var chairsNotInPlace: [String]
    /// How often it meets, in the document's words.
    public var meetingFrequency: String?
    /// Meetings a year, when the wording fixes it.
    public var meetingsPerYear: Int?
    /// `true` when the document states young people sit on it, in place; `nil` otherwise.
    public var youngPeopleOnBoard: Bool?
    /// `true` when the document states a young person chairs or co-chairs it, in place; `nil` otherwise.
    public var youngPeopleCoChair: Bool?
    /// The surest status with which the document puts young people on it; `nil` when it does not.
    public var youngPeopleStatus: FactStatus?
    /// The surest status with which the document has a young person chair or co-chair it; `nil` when it does not.
    public var youngPersonChairStatus: FactStatus?
}

/// A youth participation group as compared.
public struct ParticipationFacts: Codable, Sendable {
    /// Its name.
    public var name: String
    /// Whether the document gives it as in place, planned, proposed or unresolved.
    public var status: FactStatus
    /// The ages it covers, when stated.
    public var ageRange: AgeRange?
    /// How often it meets, when stated.
    public var meetingFrequency: String?
}

/// The standard measures the strategies monitor.
public struct MeasureFacts: Codable, Sendable {
    /// Standard measures every authority monitors.
    public var inCommon: [StandardMeasureID]
    /// Standard measures only one authority monitors, with that authority's id.
    public var onlyOne: [OnlyOne]
    /// Each authority's standard measures.
    public var perAuthority: [[StandardMeasureID]]
    /// Each authority's monitored metrics in all (standard or not).
    public var totals: [Int]

    /// A standard measure only one authority monitors.
    public struct OnlyOne: Codable, Sendable {
        /// The measure.
        public var measure: StandardMeasureID
        /// The authority that monitors it.
        public var authority: String
    }
}

/// A target as compared.
public struct TargetFacts: Codable, Sendable {
    /// The measure it is set on.
    public var measure: String
    /// The standard measure, if any.
    public var standardMeasure: StandardMeasureID?
    /// The target.
    public var target: Target
}
