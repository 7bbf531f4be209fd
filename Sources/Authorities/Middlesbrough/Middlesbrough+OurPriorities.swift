import CorporateParenting

extension Middlesbrough {
    /// Section 1 opens with the seven key priorities in words of their own. The contents list and the Section 2
    /// headings title them again, not always alike; each priority's three wordings are kept here, and the
    /// priorities themselves take the Section 2 headings as their titles (see `achievingThePriorities`).
    @ContentBuilder<PackElement>
    static var ourPriorities: [PackElement] {
        // "These priorities are informed by what our Looked after Children and young people say is important to
        // them. We have identified seven key priorities which are at the heart of this strategy this includes:"
        Inconsistency("Wording of Priority 1",
            Statement("Priority 1: Our Children and Young People are Respected and Involved",
                      source: "Contents"),
            Statement("Our children and young people are respected and involved in decision making",
                      source: sectionOnePriorities),
            Statement("Priority 1: Our Children and Young People are Respected and Involved",
                      source: "Section 2 › Priority 1: Our Children and Young People are Respected and Involved"))
        Inconsistency("Wording of Priority 2",
            Statement("Priority 2: Our Placements are Safe and Meet the Needs of Our Children and Young People",
                      source: "Contents"),
            Statement("Placements for looked after children and young people are safe and meet their individual needs",
                      source: sectionOnePriorities),
            Statement("Priority 2: Our Placements are Safe and Meet the Needs of Our Children and Young People",
                      source: "Section 2 › Priority 2: Our Placements are Safe and Meet the Needs of Our Children and Young People"))
        Inconsistency("Wording of Priority 3",
            Statement("Priority 3: Positive Relationships and Identity",
                      source: "Contents"),
            Statement("Children and young people are supported to develop positive relationships that promote their identity",
                      source: sectionOnePriorities),
            Statement("Priority 3: Positive Relationships and Identity",
                      source: "Section 2 › Priority 3: Positive Relationships and Identity"))
        Inconsistency("Wording of Priority 4",
            Statement("Priority 4: Our Children and Young People are supported to improve their Physical, Emotional Health and Wellbeing",
                      source: "Contents"),
            Statement("Our children and young people will be supported to improve their physical and emotional health and wellbeing",
                      source: sectionOnePriorities),
            Statement("Priority 4: Our Children and Young People will be supported to improve their Physical, Emotional Health and Wellbeing",
                      source: "Section 2 › Priority 4: Our Children and Young People will be supported to improve their Physical, Emotional Health and Wellbeing"))
        Inconsistency("Wording of Priority 5",
            Statement("Priority 5: Our Children and Young People are encouraged to reach their Educational Employment and Training Potential",
                      source: "Contents"),
            Statement("Our children and young people are encouraged and supported to reach potential through education, employment and training",
                      source: sectionOnePriorities),
            Statement("Priority 5: Our Children and Young People are encouraged to reach their educational potential",
                      source: "Section 2 › Priority 5: Our Children and Young People are encouraged to reach their educational potential"))
        Inconsistency("Wording of Priority 6",
            Statement("Priority 6: Our Young People Moving into Adulthood are Supported to Achieve Their Full Potential in Life",
                      source: "Contents"),
            Statement("Our young people are supported to move on into adult life where they can contribute and feel valued",
                      source: sectionOnePriorities),
            Statement("Priority 6: Our Young People Moving Into Adulthood Will Be Supported to Achieve Their Full Potential in Life",
                      source: "Section 2 › Priority 6: Our Young People Moving Into Adulthood Will Be Supported to Achieve Their Full Potential in Life"))
        Inconsistency("Wording of Priority 7",
            Statement("Priority 7: Improve the role of the Corporate Parent",
                      source: "Contents"),
            Statement("Improve the role of the corporate parent role to ensure we are held accountable for delivery of good services that support children and young people to achieve best outcomes.",
                      source: sectionOnePriorities),
            Statement("Priority 7: Improve the role of the Corporate Parent",
                      source: "Section 2 › Priority 7: Improve the role of the Corporate Parent"))
    }

    static let sectionOnePriorities = "Section 1 › Our Priorities For Looked After Children and Care Leavers"
}
