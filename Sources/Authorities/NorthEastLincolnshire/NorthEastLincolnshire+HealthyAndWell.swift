import CorporateParenting

extension NorthEastLincolnshire {
    /// Outcome 2. "What will success look like?" holds three tables of outcome statements and outcome measures.
    @ContentBuilder<PackElement>
    static var healthyAndWell: [PackElement] {
        Section("2. Emotionally, physically and mentally healthy and well") {
            Priority(
                "healthy-and-well", "Emotionally, physically and mentally healthy and well", number: 2,
                principles: [1, 4], domains: [.health]
            ) {
                Commitment(.aim, "Promote good holistic health, wellbeing and resilience")
                Commitment(.aim, "Improve our understanding of health and wellbeing needs among professionals, carers, and young people")
                Commitment(.aim, "Design and deliver services as child-centred, trauma-informed and rooted in the lived experience")
                Commitment(.aim, "Support smooth transitions within and between services")
                Commitment(.aim, "Provide timely and effective support for additional health needs")
                Section("VISION") {
                    Vision("We want our children to be happy and healthy both physically and emotionally, to be safe and protected from harm and exploitation. We want them to be supported to become successful independent adults who can thrive, manage their own health needs, seek support when needed and be able to achieve their potential in life.")
                }
                Section("What is the challenge?") {
                    Challenge("Many of our children and young people who are in care or care experienced, have had a difficult start in life. Life expectancy and the likelihood of developing physical and mental health problems are strongly linked to experience. Where you live (type of housing), access to services and how you are treated – especially in the early part of your life, can amplify the risks of health inequalities. Children and young people who are care experienced are more likely to develop problems with their mental health and suffer health inequalities if they have faced one or more of the following, with risk increasing as more are experienced: the child young person is in the care system or care experienced; they are new to the country and asylum seekers; they have experienced trauma; they are excluded from school; they have special education needs; they live in poverty; or they have experienced the youth justice system.")
                    Challenge("The effect of poor physical and mental health and health inequalities impacts throughout people's lives. It is strongly linked to their ability to achieve and attain within education, their employment opportunities, and their earning potential and life chances.")
                }
                Section("What we will do") {
                    Commitment("We will listen and involve our children and young people; moving forward we will consult with young people on key factors impacting on them and present the priority actions to the Corporate Parenting Board. North East Lincolnshire number one priority is to support their physical and emotional health and wellbeing, and the second priority was for their voice to be heard and for them to be involved.")
                    Commitment("We will use evidence-based trauma and attachment informed services, to promote healing and support our children and young people to be able to cope with the pressures life brings. We will support children in care and care leavers to improve their health and wellbeing and will provide services of a high standard to support their needs including their physical, mental and sexual health. We will know this is being achieved when all our children have access to the health services they need.")
                    Commitment("We will continue to monitor outcomes that we know make a difference: - immunisations status, the percentage of completed SDQ's and if they are used to inform practice, GP Registrations timeliness of dental reviews and timeliness and quality of Health assessments.")
                    // The outcomes it names to monitor, as printed in that list.
                    Measure("immunisations-status", "immunisations status", standard: "immunisations")
                    Measure("sdq-completed-and-used", "the percentage of completed SDQ's and if they are used to inform practice",
                            standard: "sdq-completion", unit: .percent)
                    Measure("gp-registrations", "GP Registrations")
                    Measure("dental-reviews-timeliness", "timeliness of dental reviews", standard: "dental-check")
                    Measure("health-assessments-timeliness-quality", "timeliness and quality of Health assessments",
                            standard: "health-assessment")
                }
                Section("What will success look like?") {
                    successForHealth
                }
            }
            Section("What will success look like?") {
                WorkingGroup(
                    "cla-health-and-safeguarding-subgroup", "CLA health and safeguarding subgroup", kind: .subGroup,
                    priorities: ["healthy-and-well"],
                    remit: "This will be monitored by the CLA health and safeguarding subgroup through the service improvement plan"
                )
            }
        }
    }

    /// Outcome 2's three tables; where a cell holds several paragraphs, each measure is one of them.
    @ContentBuilder<PriorityElement>
    static var successForHealth: [PriorityElement] {
        Outcome("For children and young people in care to be supported to have improving emotional and mental health and wellbeing. Be assured that the SDQ is informing care, education planning and support for our children and young people as per guidance.") {
            Measure("sdq-completion", "To have 100% SDQ completion.", standard: "sdq-completion", unit: .percent) {
                Target(100, .percent, "To have 100% SDQ completion.")
            }
            Measure("sdq-year-on-year-scores", "We will report on SDQ year on year scores to examine trends",
                    standard: "sdq-average", unit: .score,
                    definition: "and sample 20 children 10 medium and 10 high to be assured that SDQ's whilst being completed are also being used to inform care.",
                    frequency: "year on year")
        }
        Outcome("Practitioners understand the health needs of unaccompanied asylum seekers and how to access specialist services.") {
            Measure("uasc-training-health-professionals",
                    "Training to be provided to health professionals (e.g., GP's- targeting practices in areas that have higher UASC population.)",
                    definition: "This will be monitored by the CLA health and safeguarding subgroup through the service improvement plan")
        }
        Outcome("Initial Health Needs Assessment to be completed as per statutory guidance (DfE 2015)\nTo ensure all relevant information is available to inform Initial Health Needs Assessments and subsequent Health Plans.") {
            Measure("health-assessment-consent-3-days",
                    "Consent to be provided by the appropriate social worker to the health team within 3 days of child / young person coming into care",
                    unit: .days) {
                Target(3, .days, "Consent to be provided by the appropriate social worker to the health team within 3 days of child / young person coming into care")
            }
            Measure("initial-health-assessment-20-working-days", "health assessment to be completed within 20 working days",
                    unit: .workingDays) {
                Target(20, .workingDays, "to enable health assessment to be completed within 20 working days.")
            }
            Measure("social-worker-attends-initial-health-assessments", "Social worker to attend 100% Initial health assessments.",
                    unit: .percent) {
                Target(100, .percent, "Social worker to attend 100% Initial health assessments.")
            }
        }
        Outcome("Care leavers have access to services that meet their needs. This to include mental and emotional health, sexual health, peri, and postnatal health care services.") {
            Measure("care-leavers-sexual-health-fast-track", "Fast track for care leavers for sexual health to be in place.",
                    definition: inDevelopment)
            Measure("hub-health-outreach-workers", "Health outreach workers to be available at the care leaver hub.",
                    definition: inDevelopment)
            Measure("hub-c-card-scheme", "C card scheme to be available at care leaver hub.", definition: inDevelopment)
            Measure("hub-peri-post-natal", "Peri and Post-natal health provision to be available at care leaver hub.",
                    definition: inDevelopment)
        }
        Outcome("""
            To have clear pathways of support available for looked after young people moving to adult services. Themes include: Mental Health, Transitional safeguarding and transitions for those young people who do not have a diagnosis and yet will continue to need support from social care (including FASD and addictions).
            To have knowledge of current and potential future demand for mental health services.
            To be able to identify within the Looked After cohort those Young people aged 14-25 who are known to at least one mental health professional,
            To identify those Young people aged 14-25 who are not already known to a mental health professional but will need to use mental health services for the first time during this age range,
            To identify Young people aged 14-25 who also have a diagnosis of learning difficulties and/or disability, ADHD or Autism.
            To use this information to inform service provision.
            """) {
            Measure("care-leavers-14-25-mental-health-access",
                    "Young people aged 14-25 who are leaving care to have access to mental health services when needed.",
                    definition: inDevelopment)
            Measure("fasd-services", "FASD diagnosis and support services to be available for children and young people in care and care leavers.",
                    definition: inDevelopment)
            Measure("drug-alcohol-services", "Drug and alcohol services to be available.", definition: inDevelopment)
            Measure("service-provision-annual-monitoring", "To monitor service provision annually with 2021 baseline.",
                    frequency: "annually") {
                Baseline(period: "2021", "To monitor service provision annually with 2021 baseline.")
            }
        }
    }

    /// The paragraph that opens two of outcome 2's measure cells.
    static let inDevelopment =
        "All actions currently in development the following will be available and monitored as part of the services continuous action plan."
}
