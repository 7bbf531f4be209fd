import CorporateParenting

extension Sefton {
    /// "Health and Wellbeing": printed in the body only (the contents page leaves it out). Its working group is
    /// chaired from a partner organisation; the NHS body is kept as part of the chair's post, not as a partner of
    /// the priority.
    @PackContent static var healthAndWellbeing: [Entry] {
        Section("Health and Wellbeing – Working Group Chair: Designated Nurse Children in Care. NHS Cheshire and Merseyside (Sefton).", line: 159) {
            workingGroup("health-and-wellbeing-working-group",
                         chair: "Designated Nurse Children in Care. NHS Cheshire and Merseyside (Sefton)",
                         serves: "health-and-wellbeing")
            Priority("health-and-wellbeing", "Health and Wellbeing", principles: [1, 4], domains: [.health],
                     note: "health and wellbeing (1); access to specialist treatment and to emotional and mental health services (4)") {
                Aim("We must provide all our children with good routine healthcare, making sure that they access more specialist treatment when necessary.")
                Challenge("Many cared for children will have experienced trauma through neglect or abuse in their earlier lives and some will experience trauma whilst in our care.")
                // "reviewed at least annually" is how often the assessment is reviewed, not a due date.
                Commitment("Ensure that every child has a timely, initial health assessment on becoming cared for which is reviewed at least annually.")
                Commitment("Ensure that our carers promote healthy lifestyles and understand both the physical and the emotional or mental health needs of our children, as well as health needs arising from 'risky' behaviours such as substance misuse.")
                Commitment("Provide support and consultation to carers and residential staff in respect of caring for children and young people with challenging health needs.")
                // No figure, baseline or target is printed for SDQ completion.
                Commitment("Improve completion of emotional wellbeing form (SDQ's) for new to care and for those children and young people placed out of borough.")
                Commitment("Work with our partners to provide access to emotional and mental health support and services.")
            }
        }
    }
}
