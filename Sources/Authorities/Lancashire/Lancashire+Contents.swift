import CorporateParenting

extension Lancashire {
    /// The contents page, entries as printed with their page numbers ("Acronyms" has none). Its appendix entries
    /// join label and title with " - "; the body prints them on two lines.
    @PackContent
    static var contents: [Entry] {
        Section("Contents", line: 78) {
            Context("1. What is Corporate Parenting? 1")
            Context("2. Who are we looking after? 2")
            Context("3. Why do we need a strategy? 3")
            Context("4. What are we going to do? 4")
            Context("5. How will we know we have made a difference? 11")
            Context("Appendix 1 - Top Tips to Good Corporate Parenting 13")
            Context("Appendix 2 - How we will know we have made a difference 14")
            Context("Appendix 3 - Education Attainment 14")
            Context("Appendix 4 - Legislation 16")
            Context("Appendix 5 - The role of Elected Members/District Councils/Partners 16")
            Context("Acronyms")
        }
    }
}
