import CorporateParenting

extension Middlesbrough {
    /// Places where the document contradicts itself, besides the wording of the priorities (see `ourPriorities`).
    @ContentBuilder<PackElement>
    static var inconsistencies: [PackElement] {
        Inconsistency("How the strategy is organised: eight 'rights' considered in turn, or seven priorities",
            Statement("The strategy and sufficiency plan has been developed in response to these core principles",
                      source: "Middlesbrough's Vision for Looked after Children and Young People › Vision and Principles › Principles"),
            Statement("Although each 'right' is considered in turn, all sections are co-dependent",
                      source: "Middlesbrough's Vision for Looked after Children and Young People › Vision and Principles › Principles"),
            Statement("We have identified seven key priorities which are at the heart of this strategy",
                      source: "Section 1 › Our Priorities For Looked After Children and Care Leavers"))
        Inconsistency("Whether the number of Looked after Children in Middlesbrough is rising or falling",
            Statement("The position locally in Middlesbrough is similar to that seen nationally, with a steady increase in numbers since 2010/11. As at the 31st March 2018 there were 445 Looked after Children, up slightly from 444 at the 31st March 2017.",
                      source: "Section 1 › Looked after Children in Middlesbrough"),
            Statement("In addition to the reducing pattern of children being in care at each year end there is also a local pattern of reducing numbers of children being Looked After at any point.",
                      source: "Section 1 › Looked after Children in Middlesbrough › Children becoming Looked After"))
        Inconsistency("The date of the age profile of Looked after Children",
            Statement("Age profile of Looked After Children as at 31st March 2018",
                      source: "Section 1 › Looked after Children in Middlesbrough"),
            Statement("Age Profile of Children in Care at 31/03/2016",
                      source: "Section 1 › Looked after Children in Middlesbrough › Age Profile of Children in Care at 31/03/2016"),
            Statement("There were higher proportions of children aged 10-15 and under 1 in Middlesbrough than there are nationally as at the end of March 2016.",
                      source: "Section 1 › Looked after Children in Middlesbrough › Age Profile of Children in Care at 31/03/2016"))
        Inconsistency("The name of the Multi-Agency Looked after Partnership (MALAP)",
            Statement("Multi-Agency Looked After Partnership",
                      source: "Contents"),
            Statement("the Multi-Agency Looked after Partnership (MALAP) is responsible for the oversight and updating of the Sufficiency Plan and Corporate Parenting Strategy",
                      source: "Middlesbrough's Vision for Looked after Children and Young People › Introduction"),
            Statement("Delivery of the Corporate Parenting Pledge is monitored through the Corporate Parenting Board and the Multi-Agency Looked after Children's Partnership (MALAP).",
                      source: "Section 1 › How Corporate Parenting Works in Middlesbrough"),
            Statement("The Multi-Agency Looked after Children Partnership, is chaired by the Head of Service for Looked after Children",
                      source: "Section 1 › How Corporate Parenting Works in Middlesbrough"),
            Statement("Continue to develop the multi-agency Looked After partnership (MALAP) to help understand the effectiveness of our Corporate Parenting approach.",
                      source: "Section 2 › Priority 7: Improve the role of the Corporate Parent › What we need to improve"))
        Inconsistency("Whether the Children in Care Council already takes an active part in the Corporate Parenting Board",
            Statement("Children in Care Council are active participants in the committee and able to contribute and offer challenge.",
                      source: "Section 2 › Priority 7: Improve the role of the Corporate Parent › What we need to improve"),
            Statement("The Children in Care Council are active participants in the Corporate Parenting Board and able to contribute and offer challenge.",
                      source: "Section 2 › Priority 7: Improve the role of the Corporate Parent › What this means in practice"))
    }
}
