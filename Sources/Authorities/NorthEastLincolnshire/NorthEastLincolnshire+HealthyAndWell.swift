import CorporateParenting

extension NorthEastLincolnshire {
    /// Outcome 2. It prints no key partners.
    @PackContent
    static var healthyAndWell: [Entry] {
        Section("2. Emotionally, physically and mentally healthy and well", page: 11, line: 159) {
            Outcome(
                "healthy-and-well", "Emotionally, physically and mentally healthy and well", number: 2,
                principles: [1, 4], domains: [.health], note: "health and well-being; access to health services (181, 193)"
            ) {
                KeyAction("o2-holistic-health", "Promote good holistic health, wellbeing and resilience")
                KeyAction("o2-understanding-needs", "Improve our understanding of health and wellbeing needs among professionals, carers, and young people")
                KeyAction("o2-child-centred-services", "Design and deliver services as child-centred, trauma-informed and rooted in the lived experience")
                KeyAction("o2-smooth-transitions", "Support smooth transitions within and between services")
                KeyAction("o2-additional-health-needs", "Provide timely and effective support for additional health needs")
                Section("VISION", page: 11, line: 167) {
                    Vision("We want our children to be happy and healthy both physically and emotionally, to be safe and protected from harm and exploitation. We want them to be supported to become successful independent adults who can thrive, manage their own health needs, seek support when needed and be able to achieve their potential in life.")
                }
                Section("What is the challenge?", page: 11, line: 171) {
                    Challenge("Many of our children and young people who are in care or care experienced, have had a difficult start in life. Life expectancy and the likelihood of developing physical and mental health problems are strongly linked to experience. Where you live (type of housing), access to services and how you are treated – especially in the early part of your life, can amplify the risks of health inequalities. Children and young people who are care experienced are more likely to develop problems with their mental health and suffer health inequalities if they have faced one or more of the following, with risk increasing as more are experienced: the child young person is in the care system or care experienced; they are new to the country and asylum seekers; they have experienced trauma; they are excluded from school; they have special education needs; they live in poverty; or they have experienced the youth justice system.")
                    Challenge("The effect of poor physical and mental health and health inequalities impacts throughout people's lives. It is strongly linked to their ability to achieve and attain within education, their employment opportunities, and their earning potential and life chances.")
                }
                Section("What we will do", page: 12, line: 177) {
                    Commitment(
                        "We will listen and involve our children and young people; moving forward we will consult with young people on key factors impacting on them and present the priority actions to the Corporate Parenting Board.",
                        mappings: [Mapping(principles: [2, 3], domains: [.voice], basis: .judged, note: "consulting young people")]
                    )
                    // Reads as the finding of an earlier consultation ("was"), but who was asked, how and how many is
                    // not printed; it is not a ranking of the outcomes.
                    Coproduction("North East Lincolnshire number one priority is to support their physical and emotional health and wellbeing, and the second priority was for their voice to be heard and for them to be involved.")
                    Commitment(
                        "We will use evidence-based trauma and attachment informed services, to promote healing and support our children and young people to be able to cope with the pressures life brings. We will support children in care and care leavers to improve their health and wellbeing and will provide services of a high standard to support their needs including their physical, mental and sexual health.",
                        expectedOutcome: "We will know this is being achieved when all our children have access to the health services they need."
                    )
                    Commitment("We will continue to monitor outcomes that we know make a difference: - immunisations status, the percentage of completed SDQ's and if they are used to inform practice, GP Registrations timeliness of dental reviews and timeliness and quality of Health assessments.")
                    // What it names to monitor (no target, no figure). "GP Registrations" and "timeliness of dental
                    // reviews" are split by the reader: no comma is printed. None is DfE's measure as defined (DfE
                    // counts dental checks and annual assessments, not their timeliness), so none is bound.
                    Metric("immunisations-status", "immunisations status", purpose: .monitor, domain: .health)
                    Metric("sdq-completed-and-used", "the percentage of completed SDQ's and if they are used to inform practice",
                           purpose: .monitor, unit: .percent, domain: .health)
                    Metric("gp-registrations", "GP Registrations", purpose: .monitor, domain: .health)
                    Metric("dental-reviews-timeliness", "timeliness of dental reviews", purpose: .monitor, domain: .health)
                    Metric("health-assessments-timeliness-quality", "timeliness and quality of Health assessments",
                           purpose: .monitor, domain: .health)
                }
                Section("What will success look like?", page: 12, line: 185) {
                    successForHealth
                }
            }
        }
    }

    /// Outcome 2's three tables (seed lines 187-196), each statement an aim followed by its measures. Cells are split
    /// into paragraphs by the extraction's `<p>` marks; text is quoted paragraph by paragraph.
    @PackContent
    static var successForHealth: [Entry] {
        Aim("For children and young people in care to be supported to have improving emotional and mental health and wellbeing. Be assured that the SDQ is informing care, education planning and support for our children and young people as per guidance.")
        Metric("sdq-completion", "To have 100% SDQ completion.", purpose: .monitor, unit: .percent, domain: .health,
               target: Target(100, .percent, "To have 100% SDQ completion."))
        // One sentence broken over two paragraphs of the cell: the reporting commitment and the sample it takes
        // (20 children, 10 medium and 10 high: the size of an audit sample, not an outcome).
        Commitment("We will report on SDQ year on year scores to examine trends; and sample 20 children")
        Step("10 medium and 10 high to be assured that SDQ's whilst being completed are also being used to inform care.")
        Aim("Practitioners understand the health needs of unaccompanied asylum seekers and how to access specialist services.")
        Deliverable("uasc-health-training", "Training to be provided to health professionals (e.g., GP's- targeting practices in areas that have higher UASC population.)",
                    domain: .health)
        // Whose subgroup it is, is not said.
        Body(.subGroup, "cla-health-and-safeguarding-subgroup", "CLA health and safeguarding subgroup",
             remit: ["This will be monitored by the CLA health and safeguarding subgroup through the service improvement plan"],
             serves: ["healthy-and-well"])
        Citation(.localPlan, "service improvement plan")
        Aim("Initial Health Needs Assessment to be completed as per statutory guidance (DfE 2015)")
        Citation(.guidance, "statutory guidance (DfE 2015)")
        Aim("To ensure all relevant information is available to inform Initial Health Needs Assessments and subsequent Health Plans.")
        Standard("initial-health-assessment-timescales", "Consent to be provided by the appropriate social worker to the health team within 3 days of child / young person coming into care to enable health assessment to be completed within 20 working days.",
                 domain: .health)
        Metric("social-worker-attends-initial-health-assessments", "Social worker to attend 100% Initial health assessments.",
               purpose: .monitor, unit: .percent, domain: .health,
               target: Target(100, .percent, "Social worker to attend 100% Initial health assessments."))
        Aim("Care leavers have access to services that meet their needs. This to include mental and emotional health, sexual health, peri, and postnatal health care services.")
        // The cell's preface sets the status of the four deliverables below it: in development.
        Context(inDevelopment)
        Citation(.localPlan, "services continuous action plan")
        Deliverable("care-leavers-sexual-health-fast-track", "Fast track for care leavers for sexual health to be in place.", domain: .health)
        Deliverable("hub-health-outreach-workers", "Health outreach workers to be available at the care leaver hub.", domain: .health)
        Deliverable("hub-c-card-scheme", "C card scheme to be available at care leaver hub.", domain: .health)
        Deliverable("hub-peri-post-natal", "Peri and Post-natal health provision to be available at care leaver hub.", domain: .health)
        Aim("To have clear pathways of support available for looked after young people moving to adult services. Themes include: Mental Health, Transitional safeguarding and transitions for those young people who do not have a diagnosis and yet will continue to need support from social care (including FASD and addictions).")
        Aim("To have knowledge of current and potential future demand for mental health services.")
        Aim("To be able to identify within the Looked After cohort those Young people aged 14-25 who are known to at least one mental health professional,")
        Aim("To identify those Young people aged 14-25 who are not already known to a mental health professional but will need to use mental health services for the first time during this age range,")
        Aim("To identify Young people aged 14-25 who also have a diagnosis of learning difficulties and/or disability, ADHD or Autism.")
        Aim("To use this information to inform service provision.")
        Context(inDevelopment)
        Deliverable("care-leavers-14-25-mental-health-access", "Young people aged 14-25 who are leaving care to have access to mental health services when needed.", domain: .health)
        Deliverable("fasd-services", "FASD diagnosis and support services to be available for children and young people in care and care leavers.", domain: .health)
        Deliverable("drug-alcohol-services", "Drug and alcohol services to be available.", domain: .health)
        // A baseline year with no value printed.
        Metric("service-provision-monitoring", "To monitor service provision annually with 2021 baseline.", purpose: .monitor,
               domain: .health, frequency: "annually",
               baseline: Baseline(period: "2021", "To monitor service provision annually with 2021 baseline."))
    }

    /// The paragraph that opens two of outcome 2's measure cells.
    static let inDevelopment =
        "All actions currently in development the following will be available and monitored as part of the services continuous action plan."
}
