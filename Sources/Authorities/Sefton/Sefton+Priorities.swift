import CorporateParenting

extension Sefton {
    /// "Our Corporate Parenting Priorities": five priorities, each with a working group and its chair. The document
    /// does not number them.
    @ContentBuilder<PackElement>
    static var priorities: [PackElement] {
        Section("Our Corporate Parenting Priorities") {
            Pledge("sefton-pledge", "Sefton Pledge", audience: "our young people",
                   summary: "the promise we have made to our young people in the Sefton Pledge")
            Arrangement("Taking account of the seven corporate parenting principles and the promise we have made to our young people in the Sefton Pledge, we have established 5 working groups to drive forward the key priorities identified in collaboration with our children and young people.")
            Arrangement("The working groups report directly to the Corporate Parenting Board.")
            Arrangement("Each board meeting is 'themed' as outlined below.")
            beingHeard
            safeAndStableHomes
            raisingAspirations
            healthAndWellbeing
            transitionToAdulthood
        }
    }

    @ContentBuilder<PackElement>
    static var beingHeard: [PackElement] {
        Section("Being Heard – Working Group Chair: Participation Officer.") {
            Priority("being-heard", "Being Heard", principles: [2, 3], domains: [.voice, .governance]) {
                Aim("The young person's voice must be at the centre of our approach to corporate parenting. We want mutually respectful and collaborative relationships with our children and young people. This means embedding a culture of fully involving young people in all matters affecting them, welcoming, and encouraging their participation, actively listening to and genuinely taking account of their views.")
                Section("We will") {
                    Commitment("Involve all cared for and care experienced children and young people, subject to their age and understanding, in any assessment, plan or review in respect of their own lives and upbringing.")
                    Commitment("Support young people to express their views in meetings such as child protection conferences, cared for statutory reviews, pathway planning meetings and in their care placements.")
                    Commitment("Provide advocates and supporters to help young people's views to be heard in these settings.")
                    Commitment("Regularly ask the views of children and young people on their experience of our care.")
                    Commitment("Ensure that messages from the Children in Care Councils are widely disseminated to officers and elected members and that responses are provided consistently.")
                    Commitment("Members of the Corporate Parenting Board and senior managers will routinely offer to attend meetings of the Children in Care Councils and to take opportunities to meet, talk to and be with young people at events such as awaydays, celebration events and parties.")
                    Commitment("Offer training on young people's participation to council officers, carers and elected members.")
                }
            }
            WorkingGroup("being-heard-working-group", "Being Heard working group", chair: "Participation Officer",
                         priorities: ["being-heard"], reportsTo: "Corporate Parenting Board")
        }
    }

    @ContentBuilder<PackElement>
    static var safeAndStableHomes: [PackElement] {
        Section("Safe and Stable homes – Working Group Chair: Service Manager. Fostering & Adoption.") {
            Priority("safe-and-stable-homes", "Safe and Stable homes", principles: [1, 6, 7],
                     domains: [.homes, .adulthood]) {
                Aim("We will ensure all children and young people have a safe and stable home environment.")
                Challenge("Our children have a very diverse range of needs and having a wide range of placements is essential to meet those different needs – the lack of placement choice can be an issue for social workers and young people alike.")
                Challenge("As young people move towards independence, we also need a wide variety of supported, semi-independent placements and permanent housing options for our young people.")
                Section("We will") {
                    Commitment("Always seek to enable cared for children to live with extended family or kinship members when possible. Where this is not possible fostering should be a first option.")
                    Commitment("Recognise that residential care may be a positive choice for some young people.")
                    Commitment("Maintain our strong focus on recruiting more in-house foster carers investing strongly in their support and training and validating the contribution they make to our corporate parenting.")
                    Commitment("Strive to place our children with providers rated as 'outstanding' or 'good'.")
                    Commitment("All children to be placed in regulated or registered provision.")
                    Commitment("Seek to minimise the number of placement moves children may experience, especially those which are unplanned.")
                    Commitment("Ensure all children and young people, where possible, are placed in Sefton.")
                    Commitment("Develop and gather key data in relation to internal and external placement provision.")
                    Commitment("Ensure all placements have robust care plans and Individual placement agreements in place.")
                    Commitment("Seek to provide the offer of 'staying put', to young people 18-21yrs old living with foster carers subject to their wishes.")
                    Commitment("Work with social housing and third sector organisations to commission and provide a range of supported semi-independent accommodation and permanent housing options for our care experienced young people.")
                }
                Partner("social housing")
                Partner("third sector organisations")
            }
            WorkingGroup("safe-and-stable-homes-working-group", "Safe and Stable homes working group",
                         chair: "Service Manager. Fostering & Adoption", priorities: ["safe-and-stable-homes"],
                         reportsTo: "Corporate Parenting Board")
        }
    }

    @ContentBuilder<PackElement>
    static var raisingAspirations: [PackElement] {
        Section("Raising Aspirations – Working Group Chair: Head Teacher. Virtual School.") {
            Priority("raising-aspirations", "Raising Aspirations", principles: [4, 5, 6],
                     domains: [.education, .adulthood]) {
                Aim("We will ensure our children receive the best possible education and reach their potential, recognising children have different and varying needs. We want all our young people to enjoy and achieve in their schools, be able to access further and higher education if they wish or high-quality apprenticeships and training with increasingly good prospects for employment as adults.")
                Section("We will") {
                    Commitment("Work with our carers and social workers to increase their ambition and support for the educational outcomes of all our cared for and care experienced children and young people.")
                    Commitment("Work with the Virtual School to be the strongest advocates for children's education in their dealings with individual schools and local authorities.")
                    Commitment("Ensure that all children of or approaching school age have an individual personal education plan reviewed regularly and updated.")
                    Commitment("Ensure that any cared for child or young person with special educational needs or disabilities has a comprehensive education, health and care plan.")
                    Commitment("Work with schools to make best use of Pupil Premium entitlement to promote the educational outcomes of individual cared for children.")
                    Commitment("Always seek to enable children to remain in the schools they were attending when they come into our care.")
                    Commitment("Strive to reduce the number of changes of school experienced by cared for children.")
                    Commitment("Always look to place our cared for children in schools rated by Ofsted as 'good' or better.")
                    Commitment("Work closely with schools and carers to support a child's transition to a new school setting.")
                    Commitment("Ensure a constant focus on school attendance and exclusions of children, keeping to a minimum the time our children are out of school.")
                    Commitment("Work with further education providers, employers, district and borough councils and other public sector partners to expand the post 16 education, training and employment offer which can be accessed by older cared for and care experienced young people.")
                }
                Partner("Virtual School")
                Partner("schools")
                Partner("further education providers")
                Partner("employers")
                Partner("district and borough councils")
                Partner("other public sector partners")
            }
            WorkingGroup("raising-aspirations-working-group", "Raising Aspirations working group",
                         chair: "Head Teacher. Virtual School", priorities: ["raising-aspirations"],
                         reportsTo: "Corporate Parenting Board")
        }
    }

    /// The fifth priority, missing from the table of contents.
    @ContentBuilder<PackElement>
    static var healthAndWellbeing: [PackElement] {
        Section("Health and Wellbeing – Working Group Chair: Designated Nurse Children in Care. NHS Cheshire and Merseyside (Sefton).") {
            Priority("health-and-wellbeing", "Health and Wellbeing", principles: [1, 4], domains: [.health]) {
                Aim("We must provide all our children with good routine healthcare, making sure that they access more specialist treatment when necessary.")
                Challenge("Many cared for children will have experienced trauma through neglect or abuse in their earlier lives and some will experience trauma whilst in our care.")
                Section("We will") {
                    Commitment("Ensure that every child has a timely, initial health assessment on becoming cared for which is reviewed at least annually.")
                    Commitment("Ensure that our carers promote healthy lifestyles and understand both the physical and the emotional or mental health needs of our children, as well as health needs arising from 'risky' behaviours such as substance misuse.")
                    Commitment("Provide support and consultation to carers and residential staff in respect of caring for children and young people with challenging health needs.")
                    Commitment("Improve completion of emotional wellbeing form (SDQ's) for new to care and for those children and young people placed out of borough.")
                    Commitment("Work with our partners to provide access to emotional and mental health support and services.")
                }
                Partner("NHS Cheshire and Merseyside (Sefton)")
            }
            WorkingGroup("health-and-wellbeing-working-group", "Health and Wellbeing working group",
                         chair: "Designated Nurse Children in Care. NHS Cheshire and Merseyside (Sefton)",
                         priorities: ["health-and-wellbeing"], reportsTo: "Corporate Parenting Board")
        }
    }

    @ContentBuilder<PackElement>
    static var transitionToAdulthood: [PackElement] {
        Section("Transition and preparation for Adulthood – Working Group Chair: Service Manager. Cared For and Care Experienced Young People.") {
            Priority("transition-and-preparation-for-adulthood", "Transition and preparation for Adulthood",
                     principles: [4, 5, 7], domains: [.adulthood]) {
                Aim("Moving on from care is a critical time for our young people and supporting them through this transition into adulthood is a responsibility for us as all.")
                Challenge("We need to understand that young people develop at different paces and that some young people will struggle to gain independence and struggle in independence.")
                Aim("We need to be there for them and support them though this journey.")
                Section("We will") {
                    Commitment("Ensure that all young people in our care over the age of 16yrs have a pathway plan specific to their needs and aspirations and an allocated personal advisor.")
                    Commitment("Ensure that all pathway plans have a specific focus on care experienced young people being able to access suitable accommodation and education, employment, or training.")
                    Commitment("Expect our foster carers and residential homes to provide opportunities for young people to develop independent living skills appropriate to their age and stage.")
                    Commitment("Provide financial support, grants (eg setting up home) and other forms of financial relief to care experienced young people in line with our financial assistance policies.")
                    Commitment("Fully support any young person who wishes to pursue higher education to obtain places and apply for student loans. We will look at funding accommodation for young people who wish to seek higher education as necessary.")
                    Commitment("Continue our work with further education colleges, employment training providers to help young people access high quality training and apprenticeships.")
                    Commitment("As a council provide internship, apprenticeship, and employment opportunities for our cared for and care experienced children and young people.")
                }
                Partner("further education colleges")
                Partner("employment training providers")
            }
            WorkingGroup("transition-and-preparation-for-adulthood-working-group",
                         "Transition and preparation for Adulthood working group",
                         chair: "Service Manager. Cared For and Care Experienced Young People",
                         priorities: ["transition-and-preparation-for-adulthood"], reportsTo: "Corporate Parenting Board")
        }
    }
}
