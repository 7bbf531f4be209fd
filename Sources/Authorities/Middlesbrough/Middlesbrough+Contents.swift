import CorporateParenting

extension Middlesbrough {
    /// "Contents:", its entries as printed (no page numbers; the appendix bullets' "- " dropped), under the running
    /// title "Corporate Parenting Strategy 2018 - 2021" (line 13). The contents list two levels only. Wordings that
    /// differ from the body are alternate titles of the priorities (4, 5 and 6) or, for sections and appendices,
    /// noted where the section is set out.
    @PackContent static var contents: [Entry] {
        Section("Contents:", id: "contents", line: 15) {
            Context("Corporate Parenting Strategy 2018 - 2021")
            Context("Introduction:")
            Context("Section 1")
            Context("Our Priorities For Looked After Children and Care Leavers")
            Context("Looked After Children: The National Picture")
            Context("Looked After Children in Middlesbrough")
            Context("What Children and Young People Looked After Say?")
            Context("Multi-Agency Looked After Partnership")
            Context("Section 2")
            Context("Achieving the Priorities")
            Context("Priority 1: Our Children and Young People are Respected and Involved")
            Context("Priority 2: Our Placements are Safe and Meet the Needs of Our Children and Young People")
            Context("Priority 3: Positive Relationships and Identity")
            Context("Priority 4: Our Children and Young People are supported to improve their Physical, Emotional Health and Wellbeing")
            Context("Priority 5: Our Children and Young People are encouraged to reach their Educational Employment and Training Potential")
            Context("Priority 6: Our Young People Moving into Adulthood are Supported to Achieve Their Full Potential in Life")
            Context("Priority 7: Improve the role of the Corporate Parent")
            Context("Appendices")
            Context("1 Pledge to Looked after Children and Young People")
            Context("2 Care Leavers Charter")
            Context("3 Statutory and Legal Context to Corporate Parenting")
            Context("4 Corporate Parenting Training for Elected Members")
        }
    }
}
