import CorporateParenting

extension Leicestershire {
    /// "Table of Contents": its 15 entries as printed. Every entry's wording is its body heading's. Four page
    /// numbers are damaged in extraction ("∠" for Leicestershire, "ε" for What do our children say?, "g" for
    /// Officers and for Virtual School) and are left out; the legible ones are also on their sections (`page:`).
    /// The contents page does not list Appendix A.
    @PackContent static var tableOfContents: [Entry] {
        Section("Table of Contents", line: 34) {
            Context("Foreword 3")
            Context("Leicestershire")
            Context("Who are our 'Children in Care and Care Leavers?' 5")
            Context("What do our children say?")
            Context("Our Promise 6")
            Context("Corporate Parenting Principles – Children and Social Work Act 2017 7")
            Context("Who is involved and responsible? 8")
            Context("Councillors as Corporate Parents 8")
            Context("Officers within Children and Family Services")
            Context("Virtual School")
            Context("What else do we do to show that we care? 10")
            Context("Governance Arrangements for Corporate Parenting 11")
            Context("Corporate Parenting Board 11")
            Context("Children in Care Council and SYPAC 12")
            Context("What success will look like 13")
        }
    }
}
