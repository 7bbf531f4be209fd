import CorporateParenting

extension Middlesbrough {
    /// Priority 4 (lines 372-400): 7 needs, 7 commitments, 3 practice bullets (one a planned step, one defining
    /// the health passport). The contents word the title "... are supported to improve ...".
    @PackContent static var priority4: [Entry] {
        Section("Priority 4: Our Children and Young People will be supported to improve their Physical, Emotional Health and Wellbeing", line: 372) {
            Priority(
                "health-and-wellbeing", "Our Children and Young People will be supported to improve their Physical, Emotional Health and Wellbeing",
                label: "Priority 4", number: 4, principles: [1, 4], domains: [.health],
                note: "physical and emotional health and well-being (376-392); access to specialist services (387, 389)",
                alternateTitles: [
                    Wording("Our Children and Young People are supported to improve their Physical, Emotional Health and Wellbeing", in: "contents"),
                    sectionOneWording(4),
                ]
            ) {
                Section("What we need to improve", line: 374) {
                    Improvement("Closer working practices between Health and Social Care professionals to respond to the outcomes of health assessments ensuring all recommendations for children's individual health needs are acted upon.")
                    Improvement("Responsive access to a range of counselling and therapies, if necessary, according to needs and ensure proactive support is offered as opposed to 'reactive treatment'.")
                    Improvement("Health information is available with the child/young person to ensure knowledge and understanding of needs, particularly in times when there is a change of placement or circumstance.")
                    Improvement("Identify ways for embedding the Strengths and Difficulties Questionnaire (SDQ) as a tool for assessing and evaluating the emotional needs of Looked after Children and Young People and using this information to inform reviewing and care planning.")
                    Improvement("At points of change, or at significant times or anniversaries, good support is provided to the children and young people in a proactive way.")
                    Improvement("Identifying in Care Plans and Pathway Plans what supports may help a child or young person's emotional wellbeing and give opportunities to facilitate this, e.g. through sport, hobby, musical instrument, etc.")
                    Improvement("Develop further our understanding of the link between health, school, placement and family, and the impact this has on an individual's own sense of emotional wellbeing.")
                }
                Section("What we will do:", line: 384) {
                    // "with the young person's views at the heart of this": principle 3 as well (judged).
                    Commitment("The health needs of children and young people will be assessed and reviewed in a timely way and progressed with the young person's views at the heart of this.",
                               mappings: [Mapping(principles: [3], domains: [.voice], basis: .judged, note: "the young person's views at the heart of health planning")])
                    Commitment("Where required children and young people will have access to specialist health services including those related to additional needs or disability.")
                    Commitment("Our children and young people will be encouraged to lead healthy and active lifestyles.")
                    Commitment("Our children and young people will have access to information around the risks of alcohol, and substance misuse and be appointed through specialist services if required.")
                    // "health outcome targets" are named; none is printed.
                    Commitment("Develop clear actions to ensure health outcome targets are met for Looked after Children entitlements to: good access to health services, including where required advice on, healthy diet, sex education, obesity reduction, and increased physical activity.")
                    Commitment("Children and young people have their need for any additional emotional support recognised and acted upon, ensure they are given the knowledge and skills to achieve emotional stability, resilience and self-confidence through effective partnership working.")
                    Commitment("All children coming into care will have a Looked after Child medical, this will be reviewed annually by an appropriate health professional.")
                }
                Section("What this means in practice", line: 394) {
                    Practice("There is a good understanding of individual needs when developing care plans and understand what support is needed to provide a sense of security and belonging.")
                    // A planned step, printed among the practice bullets.
                    Step("Support the development good attachments to key adults in a child/young person's life and sustain these and where possible strengthen to improve a sense of wellbeing.")
                    Practice("Young people receive a health passport when they leave care, which is a comprehensive summary of their health history. Care Leavers also continue to have access to substance misuse service, if required, with a planned transition to adult substance misuse services at an appropriate point.")
                    Definition(term: "health passport", text: "a comprehensive summary of their health history")
                }
            }
        }
    }
}
