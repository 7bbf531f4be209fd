import CorporateParenting

extension Lancashire {
    /// Objectives 5 to 8, with the panels and partnership objective 6 names.
    @ContentBuilder<PackElement>
    static var objectivesFiveToEight: [PackElement] {
        objectiveFive
        objectiveSix
        objectiveSeven
        objectiveEight
    }

    @ContentBuilder<PackElement>
    static var objectiveFive: [PackElement] {
        Section("Objective 5") {
            Objective("health-and-wellbeing", "The health and wellbeing of our children and young people in care and care leavers will be a priority for everyone.",
                      number: 5, principles: [1, 4], domains: [.health]) {
                Aim("'To improve the health and wellbeing of the children and young people we care for'.")
                Commitment(.practice, "It is important that wherever a child and young person lives they are encouraged and supported to experience positive social and leisure activities to encourage their wellbeing.")
                Commitment(.practice, "All professionals have a responsibility to support the health and wellbeing of the children and young people in our care and care leavers. Health partners have a significant role in identifying, delivering and improving the health of our children and young people.")
                Commitment(.practice, "Health assessments are completed timely and identify the support needed to improve the health and wellbeing of the children and young people in our care. Strength and Difficulties Questionnaires are completed at least annually to contribute to the completion of health assessments and help accessing the right emotional wellbeing support for those young people who need it.")
                Commitment(.practice, "We widen our work with dentists across Lancashire to improve access for our children and young people, our SCAYT service provides therapeutic social work support to carers and designated children looked after nurses liaise effectively with the wider health economy to ensure health needs are met in the best way.")
                Commitment(.practice, "Young people leaving care are provided with a health summary and continue being supported to access the relevant health services.")
                Partner("Health partners")
                Partner("dentists across Lancashire")
            }
        }
    }

    @ContentBuilder<PackElement>
    static var objectiveSix: [PackElement] {
        Section("Objective 6") {
            Objective("protected-from-harm", "Children and young people are protected from harm and risk of exploitation.",
                      number: 6, principles: [1, 6], domains: [.safety]) {
                Aim("'To ensure that children and young people are protected from harm and exploitation,'")
                Commitment(.practice, "Partner agencies work together to ensure a coordinated response to children and young people most at risk of criminal or sexual exploitation, missing from home and trafficking.")
                Commitment(.practice, "Young people in our care identified as being at risk of missing are offered a comprehensive package of support that reflects their individual needs, return home interviews are completed and missing from home meetings conducted. Monthly missing from home panels are held where the young people most at risk are discussed in a multi-agency forum to inform their care plan.")
                Commitment(.practice, "Social Workers from the Child Exploitation Teams work with young people in our care and professionals involved to address pull and push factors. Multi-agency Child Sexual Exploitation (MACSE) meetings are held monthly and interlinked with the Missing from Home Panels and Missing Education Panels.")
                Commitment(.practice, "Children's Services, Child and Youth Justice Service, Lancashire Constabulary and the Crown Prosecution Service have joint working arrangements to keep our children in care out of trouble.")
                Commitment("Young people in care and leaving care can experience different types of exploitation including emotional or financial exploitation. Hence, we are developing a comprehensive safeguarding protocol for Care Leavers.")
                Partner("Child and Youth Justice Service")
                Partner("Lancashire Constabulary")
                Partner("Crown Prosecution Service")
            }
            WorkingGroup("missing-from-home-panels", "Missing from Home Panels", kind: .panel,
                         remit: "Monthly missing from home panels are held where the young people most at risk are discussed in a multi-agency forum to inform their care plan.",
                         meets: .monthly)
            WorkingGroup("macse-meetings", "Multi-agency Child Sexual Exploitation (MACSE) meetings", kind: .panel,
                         remit: "Multi-agency Child Sexual Exploitation (MACSE) meetings are held monthly and interlinked with the Missing from Home Panels and Missing Education Panels.",
                         meets: .monthly)
            WorkingGroup("missing-education-panels", "Missing Education Panels", kind: .panel)
            WorkingGroup("out-of-trouble-joint-working", "Joint working arrangements to keep our children in care out of trouble",
                         kind: .partnership,
                         members: ["Children's Services", "Child and Youth Justice Service", "Lancashire Constabulary",
                                   "Crown Prosecution Service"],
                         remit: "to keep our children in care out of trouble")
        }
    }

    @ContentBuilder<PackElement>
    static var objectiveSeven: [PackElement] {
        Section("Objective 7") {
            Objective("ambitious-in-eet", "Children and young people will be supported to achieve their own goals and be ambitious in education, employment and training.",
                      number: 7, principles: [4, 5, 6], domains: [.education, .adulthood]) {
                Aim("'To close the achievement gap between the children and young people in our care and those cared for by their own families'")
                Commitment("Young peoples' likelihood of success in life is much better if they are supported into education, employment, and training. We recognise that children and young people in our care and care leavers will often need additional access to these opportunities and we are committed to ensuring that this support is available.")
                Challenge("We are aware that many children and young people have gaps in their education, and we are keen to ensure the children in our care are confident to access a range of educational settings, achieving success in whatever they choose to do. We want all our children to be their best.")
                Challenge("The educational attainment of our children at Key Stage 1 and 2 is improving and generally in line with the national comparison. The attainment of our Key Stage 4 Year 11 is closing the gap between ourselves and other similar Local Authorities as our average Attainment 8 and Progress 8 score has improved. The percentage of our young people attaining Grade 4+ in English and Maths improved at a greater rate than the national average or regional Local Authorities. However, we know there is still much to do to enable our young people to reach their potential.")
                Commitment(.practice, "Lancashire's Virtual School aims to provide support and challenge to schools, education providers, social work teams, and other key partners.")
                Commitment(.practice, "Social Workers and Personal Advisors have high aspirations for our children and young people evidenced in Personal Education Plans and Pathway Plans. The Virtual School monitors and tracks attendance, progress and outcomes and the quality of Personal Education Plans. This is supported through our new Personal Education Plan document.")
                Commitment(.practice, "Carers are provided with advice, guidance, and training to help them support our children with learning and our Empower Academy raises aspirations and improves access to Higher Education. Our Employment and Support Team helps our young people aged 14-25 years with the next steps into employment, apprenticeships, training, volunteering and work experience.")
                Commitment("We are improving our partnership with education providers, the department for work and pension and utilise our influence as a corporate parent to improve opportunities for our children and young people.")
                Partner("education providers")
                Partner("the department for work and pension")
            }
        }
    }

    @ContentBuilder<PackElement>
    static var objectiveEight: [PackElement] {
        Section("Objective 8") {
            Objective("big-dreams", "Having big dreams and goals, supporting our children and young people to achieve their dreams and goals, and celebrate all their successes",
                      number: 8, principles: [5], domains: [.education]) {
                Aim("'To ensure that the children and young people we look after and have looked after, are recognised for their achievements and successes'.")
                Commitment(.practice, "Children in our care and care lavers have a variety of opportunities to celebrate their achievements. PROUD is the biggest event of the year with young people nominated by a wide range of key workers and agencies. PROUD Awards are an opportunity for Corporate Parents to come together with our children and young people to celebrate their achievements. Approximately 60 young people and their guests attend PROUD each year. It serves as a timely reminder of our children and young people's resilience, many talents and successes despite the adversity and challenges many have overcome.")
                Commitment("Due to Covid, we have not been able to host the PROUD Awards in 2020 and 2021 but planning for the next PROUD Awards have resumed. This annual event will continue to celebrate our young people and show them how proud we are.")
                Commitment(.practice, "We also celebrate our young people as part of National Care Leavers' Week every year where we bring together young people, councillors and professionals for a themed event co-produced with our young people.")
                Commitment(.practice, "We don't forget the small achievements either that carers, social workers and personal advisors celebrate with our children and young people.")
                Measure("proud-attendance", "Young people attending PROUD each year", purpose: .context, unit: .count) {
                    Observation(60, .count, period: "each year", qualifier: "Approximately",
                                note: "Printed as \"Approximately 60 young people and their guests attend PROUD each year\"; read as the number of young people, their guests besides.")
                }
            }
        }
    }
}
