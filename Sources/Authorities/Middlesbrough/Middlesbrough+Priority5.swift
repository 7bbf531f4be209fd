import CorporateParenting

extension Middlesbrough {
    /// Priority 5 (lines 404-429): 5 needs, 5 commitments, 5 practice bullets. The contents ("... to reach their
    /// Educational Employment and Training Potential") and Section 1 ("... through education, employment and
    /// training") reach further than the body's title and bullets, which are about education only: a difference
    /// of scope between wordings of one priority, not a contradiction. Principle 7 is therefore not mapped.
    @PackContent static var priority5: [Entry] {
        Section("Priority 5: Our Children and Young People are encouraged to reach their educational potential", line: 404) {
            Priority(
                "educational-potential", "Our Children and Young People are encouraged to reach their educational potential",
                label: "Priority 5", number: 5, principles: [5, 6], domains: [.education],
                note: "attainment and personal education plans (408, 412, 424, 429); stability in education (409, 417, 425)",
                alternateTitles: [
                    Wording("Our Children and Young People are encouraged to reach their Educational Employment and Training Potential", in: "contents"),
                    sectionOneWording(5),
                ]
            ) {
                Section("What we need to improve", line: 406) {
                    Improvement("Improve the quality and consistency of Personal Education Plans")
                    // "children of who move school" as printed.
                    Improvement("Increase stability by reducing the number of children of who move school")
                    Improvement("Raise awareness of educational system and issues across the social care workforce including foster carers")
                    Improvement("Improve attendance and reduce exclusions")
                    Improvement("Narrowing the gap in attainment between looked after children and their peers at every key stage")
                }
                Section("What we will do:", line: 414) {
                    Commitment("Launch an electronic PEP system and embed it so that it is routinely used by social workers and designated teachers. Regularly audit and quality assure PEPs")
                    Commitment("Implement a school move protocol in order to gate-keep, monitor and reduce the number of looked after children and young people who move schools",
                               links: ["school move protocol"])
                    Commitment("Offer training to social workers on PEPs and school systems, organise a Foster Carers Education Conference")
                    Commitment("Continue to operate the Intervention Centre to ensure that there is a broad range of provision for those young people who are fixed term excluded or waiting for a school place")
                    Commitment("Implement the re-structure of the Virtual School and recruit permanent staff")
                }
                Section("What this means in practice", line: 422) {
                    Practice("All looked after children have a high quality, effective personal education plan")
                    Practice("The number of looked after children who move school mid-year is reduced and students only move in exceptional circumstances")
                    Practice("Social workers and foster carers will have a better understanding of PEPs, school and education systems")
                    Practice("All looked after children continue to receive their legal entitlement to education. There is no drift or delay for looked after children who move from one provision to another.")
                    Practice("A newly recruited, specialist workforce of PEP advisors work with schools to support children and young people to achieve their academic potential")
                }
            }
        }
    }
}
