import CorporateParenting

extension Leicestershire {
    /// The document control page: its table (lines 20-26, printed above the page's title in the extraction), the
    /// title with the strategy's period, and "Applies to". Each row is kept as extracted, label then value.
    @PackContent static var procedure: [Entry] {
        Section("Leicestershire Procedure for Corporate Parenting Strategy 2019-2022", line: 28) {
            // Another title of the document (line 21), and its revision status (the document's `status`).
            Context("Title/Status- Corporate Parenting Strategy")
            Context("New document or revised Revised")
            // Approved by "SMT" (not expanded anywhere in the document); the date is printed twice, alike.
            Context("Date approved SMT 1 st August 2019")
            // The document's owner: a post and a person. Not a governance role of a body, so it stays a row.
            Context("Responsible Head of Service Kay Fletcher")
            Context("Date review August 2022")
            Context("Date SMT approved. 1 st August 2019")
            // Whom the document binds (staff and members), not the children it covers: a whole-council mechanism.
            Mechanism("Applies to- All employees of Leicestershire County Council and Elected Members.")
        }
    }
}
