import CorporateParenting

extension NorthEastLincolnshire {
    /// Outcome 3, in two parts: having fun and extra-curricular activity (its first "VISION" and "What is the
    /// challenge?"), then education (a second "Vision", "What is the challenge?", "What will we do?" and the success
    /// tables). Its "What will we do?" names the three corporate parenting principles this work aligns to (5, 6, 7).
    @ContentBuilder<PackElement>
    static var learningDevelopingAndAchieving: [PackElement] {
        Section("3. Learning, Developing, Having Fun And Achieving") {
            Priority(
                "learning-developing-achieving", "Learning, Developing, Having Fun And Achieving", number: 3,
                principles: [5, 6, 7], domains: [.education, .adulthood]
            ) {
                Commitment(.aim, "Be aspirational for children and young people's education and learning")
                Commitment(.aim, "Provide extra support for babies, children and young people with additional needs")
                Commitment(.aim, "Support children to remain in school by avoiding exclusions and absences")
                Commitment(.aim, "Make sure nurseries, schools and colleges are inclusive spaces for care-experienced pupils")
                Commitment(.aim, "Encourage young people to get involved in extra-curricular activities")
                learningFunVisionAndChallenge
                learningEducationVisionAndChallenge
                Section("What will we do?") {
                    learningWhatWeWillDo
                }
                Section("What will success look like?") {
                    successForLearning
                }
                Partner("Virtual School")
                Partner("Schools")
                Partner("SENDISS")
                Partner("Social work – area teams and children Looked After Services")
                Partner("Fostering, Kinship and Special Guardianship Order (SGO) Services")
                Partner("Residential Services")
                Partner("Care Leavers Service")
                Partner("Independent Reviewing Officer (IRO) Service")
            }
            // The contents list "Children and Care Leavers promise" as a heading; the text quotes one line of it
            // and never sets the promise out.
            Section("Children and Care Leavers promise") {
                Pledge("children-and-care-leavers-promise", "Children and Care Leavers promise") {
                    Promise("Support children and young people and care leavers to have fun and new experiences and develop their own interests")
                }
            }
            Section("What will we do?") {
                WorkingGroup(
                    "child-friendly-ambassador-partnership", "Child Friendly Ambassador partnership", kind: .partnership,
                    remit: "supporting work experience and employment for looked after children and care leavers"
                )
            }
        }
    }

    /// Outcome 3's first vision, with the quotations it is "echoed" by, and its first challenge.
    @ContentBuilder<PriorityElement>
    static var learningFunVisionAndChallenge: [PriorityElement] {
        Section("VISION") {
            Vision("North East Lincolnshire's desire to improve the life chances of the young people of the area will deliver ambition we not only want to improve Attendance and Attainment but also to ensure children and young people have the chance to Achieve and enjoy positive opportunities for development such as in sports and the arts to have fun and new experiences and to develop and pursue their own interests. This is echoed below:")
            Vision("'All children have the right to rest, play and take part in cultural and artistic activities' - The United Nations Convention on the Rights of the Child")
            Vision("'Support children and young people and care leavers to have fun and new experiences and develop their own interests' - Children and Care Leavers promise")
            Vision("'Having fun and things to do in a young person's spare time encourages social interactions, self-esteem and confidence. This also gives the young person a sense of \"normal\" and not being restricted to certain activities 'just because' they are in the care system'.")
            Commitment("We will develop in collaboration with young people a - Young Person - Corporate Parenting Board Strategy – through the use of Children and Young People's survey and consultation forums.")
            Commitment("We will listen to the things that are important to them and deliver services to ensure we build on this we will make meaningful engagement opportunities to promote the rights of young people")
        }
        Section("What is the challenge?") {
            Challenge("""
                One of the best bits about childhood is doing the things you enjoy outside of the classroom. Yet research suggests that children and young people from disadvantaged backgrounds never get the chance. As a result, they lose out on the benefits:
                Increased confidence which helps social interaction.
                Aspiration to go onto higher or further education.
                Soft skills and a sense of health and wellbeing and belonging.
                In addition, extra-curricular activities are vital in developing networks which those from affluent backgrounds often have ready-made.
                Social Mobility Commission - An Unequal Playing Field: Extra-Curricular Activities, Soft Skills and Social Mobility (2019)
                """)
            Challenge("""
                In addition: 'We found that different types of participation are valued differently by carers, representatives of corporate parents, and young people in care themselves.
                Following this we found that the 'everyday participation' and preferences of young people in care are often overlooked. And yet our findings suggest that where facilitation is embedded and related to the everyday interests and activities of the young person there is an increased likelihood of engagement and participation leading to the established benefits of participation for wellbeing and personal development.'
                Valuing Participation: The cultural and everyday activities of young people in care (2015)
                """)
            Challenge("Also: 'With regard to young people's health and happiness, many reported that engaging in physical activities made them feel healthy, gain fitness, allowed them to exercise and be active. These types of activities also offered a form of stress relief and were inherently relaxing and thus had an impact on their overall wellbeing. As expected, many also reported that being able to have fun and enjoy activities was vital and directly impacted their happiness. However, missing out on activities was reported by some to impact on both their health and their happiness.'")
        }
    }

    /// Outcome 3's second vision (on education) and its key challenges.
    @ContentBuilder<PriorityElement>
    static var learningEducationVisionAndChallenge: [PriorityElement] {
        Section("Vision") {
            Vision("Parents want their children to have the best start in life and to reach their full potential. North East Lincolnshire has ambition for all its children and young people and, like any good parent, has especially high aspirations for the children in our care.")
            Vision("Our vision is to ensure that all aspects of learning from early childhood development to preparation for adulthood and independence are a top priority for all those involved in the lives of our children and young people. We want to ensure they can learn and develop, attend, and engage, attain and achieve at every stage of their learning journey from their earliest years to school, to further and higher education and go on to benefit from the excellent opportunities for work experience, training, apprenticeships and employment in a town with a strong economy that's also vibrant, compassionate and caring.")
            Vision("As leaders responsible for ensuring that the local authority discharges its duty to promote the educational achievement of their looked-after children, the Chief Executive of the Council, the Lead Member for Children and Families and the Director of Children's Services will ensure that top priority is given to creating a culture of high educational aspirations for looked-after children and care leavers across the council and its partners.")
        }
        Section("What is the challenge?") {
            Challenge("Although North East Lincolnshire is not alone in the challenge of securing universally and consistently good outcomes linked to education, training and employment for our looked after young people and care leavers, North East Lincolnshire does have a positive story to tell in many aspects of its services and provision impacting on a number of measures where our young people fare better than those looked after by other local authorities and in comparison, to national data sets.")
            Challenge("As for many local authorities, there remain some areas where we have not realised the outcomes we aspire to and the work of the corporate parenting board seeks to address these areas as we strive to be the best town for this most important group of children and young people.")
            Challenge("Children who attain well at the end of Key Stage 2 don't realise that potential in key stage 4")
            Challenge("Children with identified SEND do least well")
            Challenge("The link between well-being and learning: there is a strong correlation to poor outcomes for young people who have an elevated score in their strengths and difficulties questionnaire (SDQ – a scaling tool to measure young people's well-being) and those have not had a SDQ questionnaire completed")
            Challenge("Supporting positive, planned transitions in both care and education as they are so intrinsically linked")
            Challenge("Ensuring the voice of young people is clear and evident in personal education plans so they experience a sense of agency and investment in their learning journey")
            Challenge("Young people transitioning to care leaver status, adulthood and independence with secure EET outcomes and pathways that reflect their potential")
        }
    }

    /// Outcome 3's "What will we do?": two paragraphs, then the actions.
    @ContentBuilder<PriorityElement>
    static var learningWhatWeWillDo: [PriorityElement] {
        Commitment("All aspects of the statutory duty to promote the education of looked after children and care leavers will align to three priority corporate parenting principles: to promote high aspirations and seek to secure the best outcomes for children and young people; for children and young people to be safe, and for stability in their home lives, relationships and education or work; and to prepare those children and young people for adulthood and independent living.")
        Commitment("All aspects of this work start with, and depend on, the knowledge and skills of the workforce in bringing our corporate parenting duties to life through practice. In addition, having a high quality and effective personal education plan (PEP) is the vehicle through which we deliver improved outcomes.")
        Commitment("Deliver a targeted training and CPD across all corporate parenting roles including members of the board, social care child protection and looked after teams, IROs, residential teams, care leaver services and personal advisers, foster carers and supervising social workers, kinship care and SGO teams, designated teachers and school governors and report to the board on the themes/content and the coverage and uptake.")
        Commitment("Continue to focus on the theme of 'transition': starting school in reception, moving to high school, moving into post-16, leaving statutory engagement in education, training and employment, leaving care, changing care placements and changing schools, leaving a secure children's home, returning to live with family etc.")
        Commitment("Build capacity and skills across schools and services by investing in intensive training and development in practice and provision around the impact of relational loss, trauma and attachment so that children's social, emotional and mental health needs can be identified and understood in the context of their care and education so that this is not a barrier to their attainment and progress.")
        Commitment("Develop a shared/multi-agency process for quality assuring PEPs, commensurate with an overview of the child's provision, where children have other significant vulnerabilities e.g., those at risk of criminal exploitation, those who are the highest attainers and at risk of not achieving their potential, those who have score highly on their SDQ or don't have an SDQ etc.")
        Commitment("Ensure that quality PEPs reflect the early identification of SEND and evidence the graduated approach, securing effective and inclusive practice in schools and settings.")
        Commitment("Ensure that SDQs and other measures of well-being inform quality PEPs to address the social, emotional and mental health needs of our young people.")
        Commitment("Ensure that quality PEPs reflect and celebrate the achievements of our young people and show how they are enjoying learning and having fun.")
        Commitment("Ensure that young people's voice is a quality measure in PEP completion.")
        Commitment("Strengthen the quality and visibility of careers education, information and guidance in PEPs at every age and stage.")
        Commitment("Harness the breadth of potential opportunities that could be offered by both the Council and the Child Friendly Ambassador partnership supporting work experience and employment for looked after children and care leavers")
    }

    /// Outcome 3's two tables of outcome statements and outcome measures.
    @ContentBuilder<PriorityElement>
    static var successForLearning: [PriorityElement] {
        Outcome("The Virtual School priority development plan and annual report") {
            Measure("virtual-school-action-plan", "Existence of action plan")
        }
        Outcome("Children will be making at least if not better than expected progress across the range of statutory measures") {
            Measure("statutory-attainment-and-progress", "EYFS, KS2, 4 and 5 outcomes and measures of in-year progress")
        }
        Outcome("Children Looked After will be attending and engaging in education, training, and employment from 3 - 18") {
            Measure("cla-persistently-absent", "% CLA persistently absent", standard: "persistent-absence", unit: .percent)
            Measure("cla-fixed-term-exclusion", "% CLA with at least one FTEx", standard: "school-exclusion", unit: .percent)
            Measure("cla-care-leavers-neet-years-12-13", "% CLA and Care Leavers NEET in years 12 and 13", unit: .percent)
            Measure("cla-care-leavers-work-experience", "% CLA and Care Leavers participating in work experience",
                    unit: .percent)
        }
        Outcome("All CLA will have access to a full-time school offer") {
            Measure("part-time-timetable", "No. of children on part time timetable", unit: .count)
            Measure("awaiting-school-place", "No. children awaiting a school place", unit: .count)
        }
        Outcome("All CLA on school roll within 20 days of a placement move that has been identified as being best placed to meet their needs") {
            Measure("not-on-school-roll", "No. of children not on a school roll", unit: .count)
            Measure("setting-not-appropriate", "No. children in school/setting not appropriate to their needs", unit: .count)
        }
        Outcome("CLA will attend schools that are Good or Outstanding or where not the case the school has been identified as being best placed to meet their needs") {
            Measure("good-or-outstanding-schools", "% children attending good or outstanding schools", unit: .percent)
        }
        Outcome("All children in care have a high-quality personal education plan and pathway plan that sets out how they will be supported to achieve their potential at every age and stage") {
            Measure("pep-aged-3-18", "% children aged 3-18 who have a PEP", standard: "pep-completion", unit: .percent)
            Measure("pep-within-20-working-days", "% of children who have a PEP completed within 20 working days of placement",
                    unit: .percent)
            Measure("quality-pathway-plan", "% children who have a quality pathway plan that reflects their goals and ambitions",
                    unit: .percent)
        }
        Outcome("CLA and CL will be supported to access higher education opportunities\nNorth East Lincolnshire will increase the number of care experienced students accessing higher education") {
            Measure("care-leavers-graduate-courses", "No. of Care Leavers accessing graduate and post graduate courses from 18-25",
                    unit: .count) {
                Target(.increase, "North East Lincolnshire will increase the number of care experienced students accessing higher education")
            }
        }
        Outcome("Children in care and care leavers will have their SEMH needs understood and addressed in their PEPs") {
            Measure("sdqs-completed", "% Strengths and Difficulties Questionnaires completed", standard: "sdq-completion",
                    unit: .percent)
            Measure("peps-with-sdq-scores", "% PEPs with Strengths and Difficulties Questionnaires scores included",
                    unit: .percent)
        }
    }
}
