import CorporateParenting

extension Middlesbrough {
    /// The cover page.
    @ContentBuilder<PackElement>
    static var cover: [PackElement] {
        Section("Cover") {
            Strategy("Corporate Parenting Strategy", period: .years(2018, 2021), status: "DRAFT")
        }
    }

    /// The introduction by the Lead Member and the Executive Director, the principles or 'rights', and the
    /// signatures.
    @ContentBuilder<PackElement>
    static var vision: [PackElement] {
        Section("Middlesbrough's Vision for Looked after Children and Young People") {
            Section("Introduction") {
                Vision("All children, regardless of circumstance need to know someone is fighting their corner, listening to their wishes and feelings and doing what they can to champion the very best outcomes for them. It is our belief that all children should be provided with the Best Start in Life and this should be no different for our Looked after Children.")
                Value("As Lead Member for Children's Services and Executive Director of Children's Services we have a special responsibility to ensure that the Council acts as a Corporate Parent for all children and young People in our care. This means, as a Council, we need to ensure each individual child and young person has their own needs addressed and is truly being well Looked After.")
                Vision("We want everything the best parents want for their children, we want our children and young people to feel happy and healthy, both physically and emotionally, to be safe and protected from harm and any form of exploitation. We want to support our children and young people each step of the way as they move on into adult life.")
                Value("We strongly believe that our children and young people are the future of Middlesbrough, and as corporate parents it is our responsibility to ensure we will deliver the best possible services for children and young people in our care.")
                Vision("We are ambitious for our children and young people, we want them to achieve their potential, especially at school, to make the most of the learning opportunities that they are offered and to participate in decision making that affects their care and their lives. We want our Looked after children and young people to work with us, along with their parents and carers in shaping how we manage and organise the planning and delivery of our services. We are proud of our children and young people and will take every opportunity to celebrate their achievements and support them when things don't go right.")
                Value("Our Corporate Parenting Strategy invites us to collectively work together with a common purpose, putting the care of our Looked after Children and Young People at the heart of everything we do.")
                Arrangement("Our Corporate Parenting Strategy is informed by our Sufficiency Strategy.")
                Arrangement("As with any document, this strategy will only be of benefit if it is owned by key decision makers and used to inform service planning and development. Consequently, the Multi-Agency Looked after Partnership (MALAP) is responsible for the oversight and updating of the Sufficiency Plan and Corporate Parenting Strategy. The Multi-Agency Looked after Partnership (MALAP) will ensure that these remain living documents that are regularly revised and refined as our knowledge and understanding of the needs of children and young people in care develop.")
            }
            Section("Vision and Principles") {
                Section("Principles") {
                    // "Our work is informed by a series of principles or 'rights'"
                    LocalPrinciple("The right to a well-planned service with strong leadership and governance")
                    LocalPrinciple("The right to family life")
                    LocalPrinciple("The right to have contact with family members and other who are important to our Looked after Children and Young people")
                    LocalPrinciple("The right to be respected no matter what your individual circumstances are")
                    LocalPrinciple("The right place to live")
                    LocalPrinciple("The right support")
                    LocalPrinciple("The right to a voice")
                    LocalPrinciple("The right to a positive transition on into adult life")
                }
            }
            // Signed at the foot of the introduction.
            Signatory(name: "Councilor Mike Carr", role: "Lead Member Children's Services")
            Signatory(name: "Helen Watson", role: "Executive Director of Children's Services")
        }
    }
}
