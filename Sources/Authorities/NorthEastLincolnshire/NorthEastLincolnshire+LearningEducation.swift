import CorporateParenting

extension NorthEastLincolnshire {
    /// Outcome 3's education strand: its "Vision", second "What is the challenge?", "What will we do?", the two
    /// measures tables (no heading in the body; the contents calls them "What will success look like?") and the key
    /// partners.
    @PackContent
    static var learningEducationStrand: [Entry] {
        Section("Vision", id: "o3-vision-education", page: 18, line: 251) {
            Vision("Parents want their children to have the best start in life and to reach their full potential. North East Lincolnshire has ambition for all its children and young people and, like any good parent, has especially high aspirations for the children in our care.")
            Vision("Our vision is to ensure that all aspects of learning from early childhood development to preparation for adulthood and independence are a top priority for all those involved in the lives of our children and young people. We want to ensure they can learn and develop, attend, and engage, attain and achieve at every stage of their learning journey from their earliest years to school, to further and higher education and go on to benefit from the excellent opportunities for work experience, training, apprenticeships and employment in a town with a strong economy that's also vibrant, compassionate and caring.")
            // The owners are printed: the three "leaders responsible" for the duty.
            Commitment(
                "As leaders responsible for ensuring that the local authority discharges its duty to promote the educational achievement of their looked-after children, the Chief Executive of the Council, the Lead Member for Children and Families and the Director of Children's Services will ensure that top priority is given to creating a culture of high educational aspirations for looked-after children and care leavers across the council and its partners.",
                owner: "the Chief Executive of the Council, the Lead Member for Children and Families and the Director of Children's Services"
            )
        }
        Section("What is the challenge?", id: "o3-challenge-education", page: 20, line: 261) {
            // A comparison with other authorities and national data, with no figure printed.
            Challenge("Although North East Lincolnshire is not alone in the challenge of securing universally and consistently good outcomes linked to education, training and employment for our looked after young people and care leavers, North East Lincolnshire does have a positive story to tell in many aspects of its services and provision impacting on a number of measures where our young people fare better than those looked after by other local authorities and in comparison, to national data sets.")
            Challenge("As for many local authorities, there remain some areas where we have not realised the outcomes we aspire to and the work of the corporate parenting board seeks to address these areas as we strive to be the best town for this most important group of children and young people.")
            Context("Key challenges are:")
            Challenge("Children who attain well at the end of Key Stage 2 don't realise that potential in key stage 4")
            Challenge("Children with identified SEND do least well")
            Challenge("The link between well-being and learning: there is a strong correlation to poor outcomes for young people who have an elevated score in their strengths and difficulties questionnaire (SDQ – a scaling tool to measure young people's well-being) and those have not had a SDQ questionnaire completed")
            Definition(term: "SDQ", text: "a scaling tool to measure young people's well-being")
            Challenge("Supporting positive, planned transitions in both care and education as they are so intrinsically linked")
            Challenge("Ensuring the voice of young people is clear and evident in personal education plans so they experience a sense of agency and investment in their learning journey")
            Challenge("Young people transitioning to care leaver status, adulthood and independence with secure EET outcomes and pathways that reflect their potential")
        }
        Section("What will we do?", page: 20, line: 276) {
            // The stated principle mapping (5, 6, 7) is on the outcome; the duty is statutory but no Act is named.
            Context("All aspects of the statutory duty to promote the education of looked after children and care leavers will align to three priority corporate parenting principles: to promote high aspirations and seek to secure the best outcomes for children and young people; for children and young people to be safe, and for stability in their home lives, relationships and education or work; and to prepare those children and young people for adulthood and independent living.")
            Citation(.legislation, "statutory duty to promote the education of looked after children and care leavers")
            Rationale("All aspects of this work start with, and depend on, the knowledge and skills of the workforce in bringing our corporate parenting duties to life through practice. In addition, having a high quality and effective personal education plan (PEP) is the vehicle through which we deliver improved outcomes.")
            Step("Deliver a targeted training and CPD across all corporate parenting roles including members of the board, social care child protection and looked after teams, IROs, residential teams, care leaver services and personal advisers, foster carers and supervising social workers, kinship care and SGO teams, designated teachers and school governors and report to the board on the themes/content and the coverage and uptake.")
            Step("Continue to focus on the theme of 'transition': starting school in reception, moving to high school, moving into post-16, leaving statutory engagement in education, training and employment, leaving care, changing care placements and changing schools, leaving a secure children's home, returning to live with family etc.")
            Step("Build capacity and skills across schools and services by investing in intensive training and development in practice and provision around the impact of relational loss, trauma and attachment so that children's social, emotional and mental health needs can be identified and understood in the context of their care and education so that this is not a barrier to their attainment and progress.")
            Step("Develop a shared/multi-agency process for quality assuring PEPs, commensurate with an overview of the child's provision, where children have other significant vulnerabilities e.g., those at risk of criminal exploitation, those who are the highest attainers and at risk of not achieving their potential, those who have score highly on their SDQ or don't have an SDQ etc.")
            Step("Ensure that quality PEPs reflect the early identification of SEND and evidence the graduated approach, securing effective and inclusive practice in schools and settings.")
            Step("Ensure that SDQs and other measures of well-being inform quality PEPs to address the social, emotional and mental health needs of our young people.")
            Step("Ensure that quality PEPs reflect and celebrate the achievements of our young people and show how they are enjoying learning and having fun.")
            Step("Ensure that young people's voice is a quality measure in PEP completion.",
                 mappings: [Mapping(principles: [2, 3], domains: [.voice], basis: .judged, note: "young people's voice in PEPs")])
            Step("Strengthen the quality and visibility of careers education, information and guidance in PEPs at every age and stage.")
            // "could be offered": an external partnership whose offer is potential, not a group of the governance.
            Step("Harness the breadth of potential opportunities that could be offered by both the Council and the Child Friendly Ambassador partnership supporting work experience and employment for looked after children and care leavers",
                 mappings: [Mapping(principles: [7], domains: [.adulthood], basis: .judged, note: "work experience and employment")])
            Partner("Child Friendly Ambassador partnership")
        }
        successForLearning
        Section("Key Partners for this strategic priority are:", line: 308) {
            Partner("Virtual School")
            Partner("Schools")
            Partner("SENDISS")
            Partner("Social work – area teams and children Looked After Services")
            Partner("Fostering, Kinship and Special Guardianship Order (SGO) Services")
            Partner("Residential Services")
            Partner("Care Leavers Service")
            Partner("Independent Reviewing Officer (IRO) Service")
        }
    }

    /// Outcome 3's two tables (seed lines 293-304): nine statements and seventeen measures. None is bound to a DfE
    /// measure: DfE's absence, suspension and PEP measures are of pupils looked after 12 months or of school age,
    /// which the document does not say.
    @PackContent
    static var successForLearning: [Entry] {
        Aim("The Virtual School priority development plan and annual report")
        Citation(.localPlan, "The Virtual School priority development plan and annual report")
        Deliverable("virtual-school-action-plan", "Existence of action plan", domain: .education)
        Aim("Children will be making at least if not better than expected progress across the range of statutory measures")
        Metric("statutory-attainment-and-progress", "EYFS, KS2, 4 and 5 outcomes and measures of in-year progress",
               purpose: .monitor, domain: .education)
        Aim("Children Looked After will be attending and engaging in education, training, and employment from 3 - 18")
        Metric("cla-persistently-absent", "% CLA persistently absent", purpose: .monitor, unit: .percent, domain: .education)
        Metric("cla-fixed-term-exclusion", "% CLA with at least one FTEx", purpose: .monitor, unit: .percent, domain: .education)
        Metric("cla-care-leavers-neet-years-12-13", "% CLA and Care Leavers NEET in years 12 and 13", purpose: .monitor,
               unit: .percent, domain: .education)
        Metric("cla-care-leavers-work-experience", "% CLA and Care Leavers participating in work experience", purpose: .monitor,
               unit: .percent, domain: .education)
        Aim("All CLA will have access to a full-time school offer")
        Metric("part-time-timetable", "No. of children on part time timetable", purpose: .monitor, unit: .count, domain: .education)
        Metric("awaiting-school-place", "No. children awaiting a school place", purpose: .monitor, unit: .count, domain: .education)
        Standard("school-roll-within-20-days", "All CLA on school roll within 20 days of a placement move that has been identified as being best placed to meet their needs",
                 domain: .education)
        Metric("not-on-school-roll", "No. of children not on a school roll", purpose: .monitor, unit: .count, domain: .education)
        Metric("setting-not-appropriate", "No. children in school/setting not appropriate to their needs", purpose: .monitor,
               unit: .count, domain: .education)
        Aim("CLA will attend schools that are Good or Outstanding or where not the case the school has been identified as being best placed to meet their needs")
        Metric("good-or-outstanding-schools", "% children attending good or outstanding schools", purpose: .monitor,
               unit: .percent, domain: .education)
        Aim("All children in care have a high-quality personal education plan and pathway plan that sets out how they will be supported to achieve their potential at every age and stage")
        Metric("pep-aged-3-18", "% children aged 3-18 who have a PEP", purpose: .monitor, unit: .percent, domain: .education)
        Metric("pep-within-20-working-days", "% of children who have a PEP completed within 20 working days of placement",
               purpose: .monitor, unit: .percent, domain: .education)
        Metric("quality-pathway-plan", "% children who have a quality pathway plan that reflects their goals and ambitions",
               purpose: .monitor, unit: .percent, domain: .adulthood)
        Aim("CLA and CL will be supported to access higher education opportunities")
        Aim("North East Lincolnshire will increase the number of care experienced students accessing higher education")
        Metric("care-leavers-higher-education", "No. of Care Leavers accessing graduate and post graduate courses from 18-25",
               purpose: .monitor, unit: .count, domain: .education,
               target: Target(.increase, "North East Lincolnshire will increase the number of care experienced students accessing higher education"))
        Aim("Children in care and care leavers will have their SEMH needs understood and addressed in their PEPs")
        Metric("sdq-completed", "% Strengths and Difficulties Questionnaires completed", purpose: .monitor, unit: .percent,
               domain: .health)
        // The extraction breaks this measure over two paragraphs of its cell ("...Difficulties</p> <p>Questionnaires
        // scores included"); the quote check takes each part as printed, so the end sits in `definition`.
        Metric("peps-with-sdq-scores", "% PEPs with Strengths and Difficulties", purpose: .monitor, unit: .percent,
               domain: .health, definition: "Questionnaires scores included")
    }
}
