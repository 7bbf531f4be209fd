import CorporateParenting

extension Lancashire {
    /// Objective 5: health and wellbeing.
    @PackContent
    static var objectiveFive: [Entry] {
        Section("Objective 5", line: 254) {
            Objective("health-and-wellbeing", "The health and wellbeing of our children and young people in care and care leavers will be a priority for everyone.",
                      label: "Objective 5", number: 5, principles: [1, 4], domains: [.health],
                      note: "health and wellbeing (1); \"supported to access the relevant health services\" (4)") {
                Aim("'To improve the health and wellbeing of the children and young people we care for'.")
                Rationale("It is important that wherever a child and young person lives they are encouraged and supported to experience positive social and leisure activities to encourage their wellbeing.")
                Rationale("All professionals have a responsibility to support the health and wellbeing of the children and young people in our care and care leavers. Health partners have a significant role in identifying, delivering and improving the health of our children and young people.")
                // "at least annually" is a floor for the questionnaires, not a measure the strategy sets.
                Provision("Health assessments are completed timely and identify the support needed to improve the health and wellbeing of the children and young people in our care. Strength and Difficulties Questionnaires are completed at least annually to contribute to the completion of health assessments and help accessing the right emotional wellbeing support for those young people who need it.")
                Provision("We widen our work with dentists across Lancashire to improve access for our children and young people, our SCAYT service provides therapeutic social work support to carers and designated children looked after nurses liaise effectively with the wider health economy to ensure health needs are met in the best way.")
                Provision("Young people leaving care are provided with a health summary and continue being supported to access the relevant health services.")
            }
        }
    }

    /// Objective 6: protection from harm and exploitation, with the panels and meetings it names.
    @PackContent
    static var objectiveSix: [Entry] {
        Section("Objective 6", line: 272) {
            Objective("protection-from-harm", "Children and young people are protected from harm and risk of exploitation.",
                      label: "Objective 6", number: 6, principles: [1, 6], domains: [.safety],
                      note: "\"protected from harm and risk of exploitation\"") {
                // Printed ending with a comma.
                Aim("'To ensure that children and young people are protected from harm and exploitation,'")
                Provision("Partner agencies work together to ensure a coordinated response to children and young people most at risk of criminal or sexual exploitation, missing from home and trafficking.")
                Provision("Young people in our care identified as being at risk of missing are offered a comprehensive package of support that reflects their individual needs, return home interviews are completed and missing from home meetings conducted.")
                // "Monthly" fixes 12 a year. No chair or members are printed.
                Body(.partnership, "missing-from-home-panels", "Missing from Home Panels",
                     meets: .stated("Monthly", perYear: 12),
                     remit: ["the young people most at risk are discussed in a multi-agency forum to inform their care plan"]) {
                    Context("Monthly missing from home panels are held where the young people most at risk are discussed in a multi-agency forum to inform their care plan.")
                }
                Provision("Social Workers from the Child Exploitation Teams work with young people in our care and professionals involved to address pull and push factors.")
                // "held monthly": 12 a year. "interlinked with" the two panels is a link, not membership.
                Body(.partnership, "macse-meetings", "Multi-agency Child Sexual Exploitation (MACSE) meetings",
                     meets: .stated("monthly", perYear: 12)) {
                    Context("Multi-agency Child Sexual Exploitation (MACSE) meetings are held monthly and interlinked with the Missing from Home Panels and Missing Education Panels.")
                }
                // Named only, in the sentence above: no frequency, remit or members.
                Body(.other, "missing-education-panels", "Missing Education Panels")
                // Joint working arrangements, not a named group with a membership.
                Provision("Children's Services, Child and Youth Justice Service, Lancashire Constabulary and the Crown Prosecution Service have joint working arrangements to keep our children in care out of trouble.")
                Partner("Child and Youth Justice Service")
                Partner("Lancashire Constabulary")
                Partner("Crown Prosecution Service")
                Rationale("Young people in care and leaving care can experience different types of exploitation including emotional or financial exploitation.")
                Step("Hence, we are developing a comprehensive safeguarding protocol for Care Leavers.",
                     status: DeliveryStatus(.inProgress, wording: "we are developing"))
            }
        }
    }

    /// Objective 7: education, employment and training.
    @PackContent
    static var objectiveSeven: [Entry] {
        Section("Objective 7", line: 290) {
            Objective("ambition-in-eet", "Children and young people will be supported to achieve their own goals and be ambitious in education, employment and training.",
                      label: "Objective 7", number: 7, principles: [4, 5, 6, 7], domains: [.education, .adulthood],
                      note: "\"additional access to these opportunities\" (4); \"be ambitious\" (5); education or work (6); next steps into employment for ages 14-25 (7)") {
                Aim("'To close the achievement gap between the children and young people in our care and those cared for by their own families'")
                Rationale("Young peoples' likelihood of success in life is much better if they are supported into education, employment, and training.")
                Commitment("We recognise that children and young people in our care and care leavers will often need additional access to these opportunities and we are committed to ensuring that this support is available.")
                Challenge("We are aware that many children and young people have gaps in their education")
                Aim("we are keen to ensure the children in our care are confident to access a range of educational settings, achieving success in whatever they choose to do. We want all our children to be their best.")
                // Findings without figures, each with its comparator as printed; Progress 8 appears only here.
                // Appendix 3 gives the detail (KS2 Writing lower than the national average), which is a
                // difference of grain, not a contradiction.
                Context("The educational attainment of our children at Key Stage 1 and 2 is improving and generally in line with the national comparison. The attainment of our Key Stage 4 Year 11 is closing the gap between ourselves and other similar Local Authorities as our average Attainment 8 and Progress 8 score has improved. The percentage of our young people attaining Grade 4+ in English and Maths improved at a greater rate than the national average or regional Local Authorities.")
                Challenge("However, we know there is still much to do to enable our young people to reach their potential.")
                Provision("Lancashire's Virtual School aims to provide support and challenge to schools, education providers, social work teams, and other key partners.")
                // The new Personal Education Plan document is done ("our new").
                Provision("Social Workers and Personal Advisors have high aspirations for our children and young people evidenced in Personal Education Plans and Pathway Plans. The Virtual School monitors and tracks attendance, progress and outcomes and the quality of Personal Education Plans. This is supported through our new Personal Education Plan document.")
                Provision("Carers are provided with advice, guidance, and training to help them support our children with learning and our Empower Academy raises aspirations and improves access to Higher Education.")
                // The one place the document gives ages for a service: 14-25.
                Body(.team, "employment-and-support-team", "Employment and Support Team", ages: .between(14, 25),
                     remit: ["helps our young people aged 14-25 years with the next steps into employment, apprenticeships, training, volunteering and work experience"])
                Step("We are improving our partnership with education providers, the department for work and pension and utilise our influence as a corporate parent to improve opportunities for our children and young people.",
                     status: DeliveryStatus(.inProgress, wording: "We are improving"))
                Partner("education providers")
                Partner("the department for work and pension")
            }
        }
    }

    /// Objective 8: big dreams, and celebrating successes (PROUD, National Care Leavers' Week).
    @PackContent
    static var objectiveEight: [Entry] {
        Section("Objective 8", line: 314) {
            // The title is printed without a full stop.
            Objective("dreams-and-successes", "Having big dreams and goals, supporting our children and young people to achieve their dreams and goals, and celebrate all their successes",
                      label: "Objective 8", number: 8, principles: [5], domains: [.education],
                      note: "high aspirations and recognised achievement (5); the successes celebrated are not only educational") {
                Aim("'To ensure that the children and young people we look after and have looked after, are recognised for their achievements and successes'.")
                // "care lavers" is the document's typo, kept.
                Provision("Children in our care and care lavers have a variety of opportunities to celebrate their achievements. PROUD is the biggest event of the year with young people nominated by a wide range of key workers and agencies. PROUD Awards are an opportunity for Corporate Parents to come together with our children and young people to celebrate their achievements.")
                // "each year" is how often the event recurs, not the period of the figure; whether the 60 are young
                // people alone or with their guests is ambiguous, so the group is the printed phrase.
                Metric("proud-attendance", "Approximately 60 young people and their guests attend PROUD each year.",
                       purpose: .context, unit: .count, domain: .education,
                       figures: [Figure(60, .count, kind: .count, group: "young people and their guests",
                                        qualifier: "Approximately")])
                Value("It serves as a timely reminder of our children and young people's resilience, many talents and successes despite the adversity and challenges many have overcome.")
                Step("Due to Covid, we have not been able to host the PROUD Awards in 2020 and 2021 but planning for the next PROUD Awards have resumed.",
                     status: DeliveryStatus(.inProgress, wording: "planning for the next PROUD Awards have resumed"))
                Commitment("This annual event will continue to celebrate our young people and show them how proud we are.")
                // Rejoined across a blank line after "with". The event is co-produced, not the strategy.
                Provision("We also celebrate our young people as part of National Care Leavers' Week every year where we bring together young people, councillors and professionals for a themed event co-produced with our young people.")
                Citation(.nationalPolicy, "National Care Leavers' Week")
                Provision("We don't forget the small achievements either that carers, social workers and personal advisors celebrate with our children and young people.")
            }
        }
    }
}
