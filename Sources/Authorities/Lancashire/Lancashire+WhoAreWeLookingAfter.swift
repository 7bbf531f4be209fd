import CorporateParenting

extension Lancashire {
    /// "2. Who are we looking after?": an infographic whose figures did not survive extraction. Only three labels
    /// remain, kept as printed (each rejoined from two lines), with no counts; whether "LIVING WITH AN ADOPTIVE
    /// FAMILY" means children placed for adoption who are still looked after is not said.
    @PackContent
    static var whoAreWeLookingAfter: [Entry] {
        Section("2. Who are we looking after?", line: 118, capture: .partial) {
            Context("LIVING AT HOME")
            Context("LIVING WITH AN ADOPTIVE FAMILY")
            Context("IN RESIDENTIAL")
        }
    }
}
