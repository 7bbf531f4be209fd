import CorporateParenting

extension NorthEastLincolnshire {
    /// Outcome 3, in two strands under one outcome: having fun and extra-curricular activity (its "VISION" and first
    /// "What is the challenge?"), then education (a second "Vision" and "What is the challenge?", "What will we do?",
    /// the measures tables and the key partners). Its "What will we do?" states the three statutory principles the
    /// education duty aligns to (5, 6, 7): that mapping is stated for the education strand, so the outcome carries it
    /// as stated and a judged mapping for the fun strand beside it.
    @PackContent
    static var learningDevelopingAndAchieving: [Entry] {
        Section("3. Learning, Developing, Having Fun And Achieving", page: 16, line: 200) {
            Outcome(
                "learning-developing-achieving", "Learning, Developing, Having Fun And Achieving", number: 3,
                mappings: [
                    Mapping(principles: [5, 6, 7], basis: .stated,
                            note: "\"All aspects of the statutory duty to promote the education of looked after children and care leavers will align to three priority corporate parenting principles\" (stated for the education strand)"),
                    Mapping(principles: [1, 5], domains: [.education], basis: .judged,
                            note: "learning, and fun and new experiences for well-being"),
                ],
                alternateTitles: [Wording("3. Learning, developing, having fun and achieving", in: "contents")]
            ) {
                KeyAction("o3-aspirational", "Be aspirational for children and young people's education and learning")
                KeyAction("o3-additional-needs", "Provide extra support for babies, children and young people with additional needs")
                KeyAction("o3-remain-in-school", "Support children to remain in school by avoiding exclusions and absences")
                KeyAction("o3-inclusive-settings", "Make sure nurseries, schools and colleges are inclusive spaces for care-experienced pupils")
                KeyAction("o3-extra-curricular", "Encourage young people to get involved in extra-curricular activities")
                learningFunStrand
                learningEducationStrand
            }
        }
    }

    /// The first "VISION" (with the quotations it is "echoed" by) and the first "What is the challenge?", with the
    /// research it cites.
    @PackContent
    static var learningFunStrand: [Entry] {
        Section("VISION", id: "o3-vision-fun", page: 16, line: 208) {
            Vision("North East Lincolnshire's desire to improve the life chances of the young people of the area will deliver ambition we not only want to improve Attendance and Attainment but also to ensure children and young people have the chance to Achieve and enjoy positive opportunities for development such as in sports and the arts to have fun and new experiences and to develop and pursue their own interests. This is echoed below:")
            Citation(.legislation, "The United Nations Convention on the Rights of the Child",
                     text: "'All children have the right to rest, play and take part in cultural and artistic activities'")
            // The contents lists "Children and Care Leavers promise" as a heading; in the body it is this quotation's
            // attribution. The promise itself is not set out in the strategy.
            Citation(.localPlan, "Children and Care Leavers promise",
                     text: "'Support children and young people and care leavers to have fun and new experiences and develop their own interests'")
            // No attribution is printed.
            Rationale("'Having fun and things to do in a young person's spare time encourages social interactions, self-esteem and confidence. This also gives the young person a sense of \"normal\" and not being restricted to certain activities 'just because' they are in the care system'.")
            Commitment(
                "We will develop in collaboration with young people a - Young Person - Corporate Parenting Board Strategy – through the use of Children and Young People's survey and consultation forums.",
                links: ["Young Person - Corporate Parenting Board Strategy"],
                mappings: [Mapping(principles: [2, 3], domains: [.voice], basis: .judged, note: "developed with young people")]
            )
            Commitment("We will listen to the things that are important to them and deliver services to ensure we build on this we will make meaningful engagement opportunities to promote the rights of young people")
        }
        Section("What is the challenge?", id: "o3-challenge-fun", page: 17, line: 226) {
            Challenge("One of the best bits about childhood is doing the things you enjoy outside of the classroom. Yet research suggests that children and young people from disadvantaged backgrounds never get the chance. As a result, they lose out on the benefits:")
            Rationale("Increased confidence which helps social interaction.")
            Rationale("Aspiration to go onto higher or further education.")
            Rationale("Soft skills and a sense of health and wellbeing and belonging.")
            Rationale("In addition, extra-curricular activities are vital in developing networks which those from affluent backgrounds often have ready-made.")
            Citation(.research, "Social Mobility Commission - An Unequal Playing Field: Extra-Curricular Activities, Soft Skills and Social Mobility (2019)")
            Rationale("In addition: 'We found that different types of participation are valued differently by carers, representatives of corporate parents, and young people in care themselves.")
            Rationale("Following this we found that the 'everyday participation' and preferences of young people in care are often overlooked. And yet our findings suggest that where facilitation is embedded and related to the everyday interests and activities of the young person there is an increased likelihood of engagement and participation leading to the established benefits of participation for wellbeing and personal development.'")
            Citation(.research, "Valuing Participation: The cultural and everyday activities of young people in care (2015)")
            // Its source is not printed (it may be the same study).
            Rationale("Also: 'With regard to young people's health and happiness, many reported that engaging in physical activities made them feel healthy, gain fitness, allowed them to exercise and be active. These types of activities also offered a form of stress relief and were inherently relaxing and thus had an impact on their overall wellbeing. As expected, many also reported that being able to have fun and enjoy activities was vital and directly impacted their happiness. However, missing out on activities was reported by some to impact on both their health and their happiness.'")
        }
    }
}
