import CorporateParenting

extension Middlesbrough {
    /// Priority 7 (lines 458-481): 4 needs plus one unbulleted line (467), 3 bullets under "What we will do:" (the
    /// first a value), 5 practice bullets (two governance facts recorded on the Board, one done fact, one listening
    /// practice, one step). Line 481 repeats line 467 word for word, in the other list: one action printed twice,
    /// kept in both places.
    @PackContent static var priority7: [Entry] {
        Section("Priority 7: Improve the role of the Corporate Parent", line: 458) {
            Priority(
                "role-of-the-corporate-parent", "Improve the role of the Corporate Parent",
                label: "Priority 7", number: 7, principles: [3, 4, 5], domains: [.governance],
                note: "awareness of corporate responsibility across agencies (462, 472); using what children say (479); \"to achieve best outcomes\" (130)",
                alternateTitles: [sectionOneWording(7)]
            ) {
                Section("What we need to improve", line: 460) {
                    Improvement("An increase in the sense of corporate responsibility across all the statutory agencies in the support for our Looked after Children and care leavers, improving the impact of multi-agency support.")
                    Improvement("Ensure good mechanisms are in place for challenge and counter challenge, between social workers, carers, young people, etc., to realise the ambition we have for Looked after Children in Middlesbrough.")
                    Improvement("Continue to develop the multi-agency Looked After partnership (MALAP) to help understand the effectiveness of our Corporate Parenting approach.")
                    // With line 480, why the Children in Care Council's part in the Board is unresolved.
                    Improvement("Children in Care Council are active participants in the committee and able to contribute and offer challenge.")
                    // Printed without a bullet after the list.
                    Improvement("Raise awareness with all new staff employed by Middlesbrough Council with regard to their corporate parenting responsibilities.")
                }
                Section("What we will do:", line: 469) {
                    Value("At the core of everything we do is our understanding of our responsibility as a Corporate Parent.")
                    // "will take a lead role": planned; no body to hold the role.
                    Commitment("Elected Members and council officers will take a lead role in raising awareness of the needs of children in care and care leavers with all council departments and partner agencies.",
                               owner: "Elected Members and council officers")
                    Commitment("Promote the role of all Elected Members as corporate parents and ensure that appropriate mechanisms are put in place by the Council to enable all members to fulfil their statutory responsibilities in this area.")
                }
                Section("What this means in practice", line: 475) {
                    // Recorded on the Board: meets quarterly (4 a year), chair.
                    Context("The Corporate Parenting Board meets quarterly and is chaired by the Lead Member for Children's Services.")
                    // Done ("has been provided"); "well attended" has no figure.
                    Provision("Training about their responsibilities as a corporate parent has been provided for Elected Members and is well attended.")
                    Practice("Listen to the voice of children and young people in our care, and those leaving care, either directly or indirectly, through national and local inspection reports, service user surveys, independent reviewing officer's reports, reports from advocates, and other professionals, and use what we learn to improve services and outcomes.")
                    // Recorded on the Board as a member role with status unresolved (see line 465).
                    Context("The Children in Care Council are active participants in the Corporate Parenting Board and able to contribute and offer challenge.")
                    Step("Raise awareness with all new staff employed by Middlesbrough Council with regard to their corporate parenting responsibilities.")
                }
            }
        }
    }
}
