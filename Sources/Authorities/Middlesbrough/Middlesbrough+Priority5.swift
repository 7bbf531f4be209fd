import CorporateParenting

extension Middlesbrough {
    /// Section 2, Priority 5: Our Children and Young People are encouraged to reach their educational potential.
    @ContentBuilder<PackElement>
    static var priority5: [PackElement] {
        Section("Priority 5: Our Children and Young People are encouraged to reach their educational potential") {
            Priority("educational-potential", "Our Children and Young People are encouraged to reach their educational potential", number: 5,
                     principles: [5, 6], domains: [.education]) {
                Section("What we need to improve") {
                    Commitment(.improvement, "Improve the quality and consistency of Personal Education Plans")
                    Commitment(.improvement, "Increase stability by reducing the number of children of who move school")
                    Commitment(.improvement, "Raise awareness of educational system and issues across the social care workforce including foster carers")
                    Commitment(.improvement, "Improve attendance and reduce exclusions")
                    Commitment(.improvement, "Narrowing the gap in attainment between looked after children and their peers at every key stage")
                }
                Section("What we will do") {
                    Commitment("Launch an electronic PEP system and embed it so that it is routinely used by social workers and designated teachers. Regularly audit and quality assure PEPs")
                    Commitment("Implement a school move protocol in order to gate-keep, monitor and reduce the number of looked after children and young people who move schools")
                    Commitment("Offer training to social workers on PEPs and school systems, organise a Foster Carers Education Conference")
                    Commitment("Continue to operate the Intervention Centre to ensure that there is a broad range of provision for those young people who are fixed term excluded or waiting for a school place")
                    Commitment("Implement the re-structure of the Virtual School and recruit permanent staff")
                }
                Section("What this means in practice") {
                    Commitment(.practice, "All looked after children have a high quality, effective personal education plan")
                    Commitment(.practice, "The number of looked after children who move school mid-year is reduced and students only move in exceptional circumstances")
                    Commitment(.practice, "Social workers and foster carers will have a better understanding of PEPs, school and education systems")
                    Commitment(.practice, "All looked after children continue to receive their legal entitlement to education. There is no drift or delay for looked after children who move from one provision to another.")
                    Commitment(.practice, "A newly recruited, specialist workforce of PEP advisors work with schools to support children and young people to achieve their academic potential")
                }
            }
        }
    }
}
