import CorporateParenting

extension Middlesbrough {
    /// Where the document contradicts itself. One: whether the number of looked after children is rising or
    /// falling (line 150 against line 174; the chart line 174 may describe is not in the text).
    ///
    /// Not recorded, as they are not contradictions: the priorities' three wordings (contents, Section 1, Section 2:
    /// alternate titles; Priority 5's differ in scope), the MALAP's seven names (one body), the two age-profile
    /// captions (two charts, 31st March 2018 and 31/03/2016, the first lost in extraction), the Children in Care
    /// Council's part in the Board (the same words under "What we need to improve" and "What this means in
    /// practice": an unresolved status, recorded on the Board), "The Children Act 2008" against "The Children and
    /// Young Persons Act 2008" (naming), and the structure lines 95-103 describe but the document does not follow
    /// (noted with the principles).
    static let inconsistencies: [Inconsistency] = [
        Inconsistency(
            "Whether the number of looked after children in Middlesbrough is rising or falling",
            Excerpt("The position locally in Middlesbrough is similar to that seen nationally, with a steady increase in numbers since 2010/11.",
                    in: "looked-after-children-in-middlesbrough"),
            Excerpt("In addition to the reducing pattern of children being in care at each year end there is also a local pattern of reducing numbers of children being Looked After at any point.",
                    in: "children-becoming-looked-after")
        ),
    ]
}
