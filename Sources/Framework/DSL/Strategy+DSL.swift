extension Strategy {
    /// Names the strategy document and its dates; its vision, values and signatories are written beside it.
    ///
    /// ```swift
    /// Strategy("Corporate Parenting Strategy", period: .years(2019, 2022),
    ///          reviewDate: PartialDate(year: 2022, month: 8), approved: PartialDate(year: 2019, month: 8, day: 1))
    /// ```
    public init(
        _ title: String,
        subtitle: String? = nil,
        period: StrategyPeriod = StrategyPeriod(),
        reviewDate: PartialDate? = nil,
        approved: PartialDate? = nil,
        status: String? = nil,
        owner: String? = nil,
        document: String? = nil
    ) {
        self.init(
            title: title, subtitle: subtitle, period: period, reviewDate: reviewDate, approved: approved,
            status: status, owner: owner, document: document
        )
    }
}
