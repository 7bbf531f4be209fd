import CorporateParenting

extension Sefton {
    /// "Raising Aspirations": two aims and eleven "We will" bullets. The list is broken by a blank line after the
    /// sixth bullet (probably a page break), read as one list.
    @PackContent static var raisingAspirations: [Entry] {
        Section("Raising Aspirations – Working Group Chair: Head Teacher. Virtual School.", page: 7, line: 140) {
            workingGroup("raising-aspirations-working-group", chair: "Head Teacher. Virtual School",
                         serves: "raising-aspirations")
            Priority("raising-aspirations", "Raising Aspirations", principles: [4, 5, 6, 7], domains: [.education, .adulthood],
                     note: "the title and aims (5); school stability (6); PEPs, EHC plans and Pupil Premium (4); the post 16 offer and employment as adults (7)") {
                Aim("We will ensure our children receive the best possible education and reach their potential, recognising children have different and varying needs.")
                Aim("We want all our young people to enjoy and achieve in their schools, be able to access further and higher education if they wish or high-quality apprenticeships and training with increasingly good prospects for employment as adults.")
                Commitment("Work with our carers and social workers to increase their ambition and support for the educational outcomes of all our cared for and care experienced children and young people.")
                Commitment("Work with the Virtual School to be the strongest advocates for children's education in their dealings with individual schools and local authorities.")
                Partner("Virtual School")
                Commitment("Ensure that all children of or approaching school age have an individual personal education plan reviewed regularly and updated.")
                Commitment("Ensure that any cared for child or young person with special educational needs or disabilities has a comprehensive education, health and care plan.")
                Commitment("Work with schools to make best use of Pupil Premium entitlement to promote the educational outcomes of individual cared for children.")
                Commitment("Always seek to enable children to remain in the schools they were attending when they come into our care.")
                Commitment("Strive to reduce the number of changes of school experienced by cared for children.")
                Commitment("Always look to place our cared for children in schools rated by Ofsted as 'good' or better.")
                Commitment("Work closely with schools and carers to support a child's transition to a new school setting.")
                Commitment("Ensure a constant focus on school attendance and exclusions of children, keeping to a minimum the time our children are out of school.")
                Commitment("Work with further education providers, employers, district and borough councils and other public sector partners to expand the post 16 education, training and employment offer which can be accessed by older cared for and care experienced young people.")
                Partner("further education providers")
                Partner("employers")
                Partner("district and borough councils")
                Partner("other public sector partners")
            }
        }
    }
}
