import CorporateParenting

extension NorthEastLincolnshire {
    /// Where the document contradicts itself. Its governance paragraphs printed twice word for word, and its
    /// unfinished notes ("Need to clarify local governance arrangement", "for need to determine"), are kept as
    /// printed in the governance part rather than recorded here: they repeat or leave open, they do not contradict.
    @ContentBuilder<PackElement>
    static var inconsistencies: [PackElement] {
        Inconsistency(
            "How many priorities the strategy sets",
            Statement("We have split the plan into seven outcomes, which cover every aspect of the lives and experiences of children and young people.",
                      source: "Outcomes for children and young people"),
            Statement("Each of the board's Seven priorities are led by senior officers from the relevant service area to oversee and drive improvements in respect of each individual lead area.",
                      source: "Governance Arrangements › Operational Delivery"),
            Statement("Within our Corporate Parenting Strategy, we have set out six priority themes that will provide a focus for services and partners",
                      source: "Governance Arrangements › Board members supporting Strategic Priority Themes")
        )
        Inconsistency(
            "What the corporate parenting principles are",
            Statement("In delivering our strategy we will ensure that the local authority and all our partners have regards when exercising their functions to ensure all children and young people have the opportunity to have: Safe, stable and caring places to live and call home; Emotionally, physically and mentally health and wellbeing; Access to Learning, developing, having fun and achieving; To build Trusted relationships and a strong sense of identity and belonging; Are supported in making their voice heard and influencing decision-making; Are supported to be safe and protected at home, online and in the community; Are supported to develop independence",
                      source: "The corporate parenting principles"),
            Statement("All aspects of the statutory duty to promote the education of looked after children and care leavers will align to three priority corporate parenting principles: to promote high aspirations and seek to secure the best outcomes for children and young people; for children and young people to be safe, and for stability in their home lives, relationships and education or work; and to prepare those children and young people for adulthood and independent living.",
                      source: "Outcomes for children and young people › 3. Learning, Developing, Having Fun And Achieving › What will we do?")
        )
        Inconsistency(
            "The Head of Service's title",
            Statement("The Head of Service for Children Looked After, Corporate Parenting and Youth Services is responsible to provide a programme of training across the partnership to board members.",
                      source: "Governance Arrangements › Corporate parenting training and awareness"),
            Statement("work closely with the Director of Children Services and Head of Service for Children Looked After, Corporate Parenting and Youth Services",
                      source: "Governance Arrangements › Specialist Responsibility (Level 3)"),
            Statement("The Head of Services for Children Looked After, Corporate Parenting and Youth Justice Services meets with both the Have a Voice Council and Care Leavers Council three times a year",
                      source: "Governance Arrangements › Officers")
        )
        Inconsistency(
            "The Lead Member's title",
            Statement("the Chief Executive of the Council, the Lead Member for Children and Families and the Director of Children's Services will ensure that top priority is given to creating a culture of high educational aspirations",
                      source: "Outcomes for children and young people › 3. Learning, Developing, Having Fun And Achieving › Vision"),
            Statement("The Lead Member for Children, Young People and Families, Chair of Children's Scrutiny Board and the Chair of the Corporate Parenting Board will need to work closely with the Director of Children Services",
                      source: "Governance Arrangements › Specialist Responsibility (Level 3)")
        )
        Inconsistency(
            "The scrutiny board's name",
            Statement("The Corporate Parenting Board is able to refer matters for, and provide information to, the Children's Services Scrutiny Board.",
                      source: "Governance Arrangements › Democratic Involvement and Accountability"),
            Statement("The Lead Member for Children, Young People and Families, Chair of Children's Scrutiny Board and the Chair of the Corporate Parenting Board",
                      source: "Governance Arrangements › Specialist Responsibility (Level 3)")
        )
        Inconsistency(
            "Whether officers advise a board or a panel",
            Statement("The Corporate Parenting Board provides the strategic partnership to oversee and drive our arrangements",
                      source: "Governance Arrangements"),
            Statement("They are responsible for advising the panel and ensuring that any agreed actions are carried out",
                      source: "Governance Arrangements › Officers")
        )
    }
}
