import CorporateParenting

extension Leicestershire {
    /// Where the document contradicts itself.
    @ContentBuilder<PackElement>
    static var inconsistencies: [PackElement] {
        Inconsistency(
            "Who co-chairs the Corporate Parenting Board",
            Statement(
                "The meeting is co-chaired by the Lead Member for Children and Family Services one of our care experienced young people.",
                source: "Governance Arrangements for Corporate Parenting › Corporate Parenting Board"
            ),
            Statement(
                "The Board will meet four times a year and will be co-chaired by the Lead Member for Children and Families and the Chair of the Children in Care Council.",
                source: "Appendix A › Corporate Parenting Board › Terms of Reference"
            )
        )
        Inconsistency(
            "Whether children's views have been gathered for 'Our Promise' and this strategy",
            Statement(
                "We understand the importance and value of the views of our looked after children and care leavers and together we have developed 'Our Promise' which informs this this strategy.",
                source: "What do our children say?"
            ),
            Statement("(Will be gathered as part of the consultation)", source: "What do our children say?"),
            Statement(
                "Consulted and influenced the development of 'Our Promise'",
                source: "Governance Arrangements for Corporate Parenting › Children in Care Council and SYPAC › Children in Care Council and SYPAC activities"
            )
        )
        Inconsistency(
            "Which appendix holds the Corporate Parenting Board's terms of reference",
            Statement(
                "The terms of reference for the Corporate Parenting Board are contained in Appendix one of this strategy.",
                source: "Governance Arrangements for Corporate Parenting › Corporate Parenting Board"
            ),
            Statement("Appendix A", source: "Appendix A › Corporate Parenting Board › Terms of Reference")
        )
    }
}
