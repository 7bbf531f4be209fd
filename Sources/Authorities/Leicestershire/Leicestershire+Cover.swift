import CorporateParenting

extension Leicestershire {
    /// The cover and its document control table; its "Responsible Head of Service" row is the strategy's owner.
    @ContentBuilder<PackElement>
    static var cover: [PackElement] {
        Section("Cover") {
            Strategy(
                "Our Children, Our Future",
                subtitle: "Leicestershire's commitment to inspire, support and enable children in care and care leavers to be ambitious and successful",
                period: .years(2019, 2022),
                reviewDate: PartialDate(year: 2022, month: 8),
                approved: PartialDate(year: 2019, month: 8, day: 1),
                status: "Revised",
                owner: "Kay Fletcher (Responsible Head of Service)",
                document: "Leicestershire Procedure for Corporate Parenting Strategy 2019-2022. Title/Status: Corporate Parenting Strategy. New document or revised: Revised. Date approved SMT: 1st August 2019. Date review: August 2022. Applies to: All employees of Leicestershire County Council and Elected Members."
            )
        }
    }
}
