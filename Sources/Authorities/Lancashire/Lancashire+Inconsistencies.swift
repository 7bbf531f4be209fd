import CorporateParenting

extension Lancashire {
    /// Where the document contradicts itself.
    @ContentBuilder<PackElement>
    static var inconsistencies: [PackElement] {
        Inconsistency("How Key Stage 1 and 2 attainment compares with the national picture",
            Statement("The educational attainment of our children at Key Stage 1 and 2 is improving and generally in line with the national comparison.",
                      source: "4. What are we going to do? › Objective 7"),
            Statement("Lancashire KS1 CLA achieved above national average for CLA in every subject area: Reading, Writing, Maths and all three combined, and well above average in Writing and the combined measure for reading, Writing and Maths.",
                      source: "Appendix 3 - Education Attainment › Key Stage 1 (end of year 2: 7 years old) and Key Stage 2 (end of year 6: age 11-year-old)"))
        Inconsistency("What the Children in Care Council is",
            Statement("We will continue to consult with as many children and young people as possible and support their engagement with the Children in Care Council (LINX and POWAR), the Care Leavers Forum and the Corporate Parenting Board.",
                      source: "4. What are we going to do? › Objective 1"),
            Statement("LINX - Children in Care Council", source: "Acronyms"))
    }
}
