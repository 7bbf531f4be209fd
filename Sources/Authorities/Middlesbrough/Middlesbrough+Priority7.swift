import CorporateParenting

extension Middlesbrough {
    /// Section 2, Priority 7: Improve the role of the Corporate Parent.
    @ContentBuilder<PackElement>
    static var priority7: [PackElement] {
        Section("Priority 7: Improve the role of the Corporate Parent") {
            Priority("corporate-parent-role", "Improve the role of the Corporate Parent", number: 7,
                     principles: [1, 3, 4], domains: [.governance]) {
                Section("What we need to improve") {
                    Commitment(.improvement, "An increase in the sense of corporate responsibility across all the statutory agencies in the support for our Looked after Children and care leavers, improving the impact of multi-agency support.")
                    Commitment(.improvement, "Ensure good mechanisms are in place for challenge and counter challenge, between social workers, carers, young people, etc., to realise the ambition we have for Looked after Children in Middlesbrough.")
                    Commitment(.improvement, "Continue to develop the multi-agency Looked After partnership (MALAP) to help understand the effectiveness of our Corporate Parenting approach.")
                    Commitment(.improvement, "Children in Care Council are active participants in the committee and able to contribute and offer challenge.")
                    Commitment(.improvement, "Raise awareness with all new staff employed by Middlesbrough Council with regard to their corporate parenting responsibilities.")
                }
                Section("What we will do") {
                    Commitment("At the core of everything we do is our understanding of our responsibility as a Corporate Parent.")
                    Commitment("Elected Members and council officers will take a lead role in raising awareness of the needs of children in care and care leavers with all council departments and partner agencies.")
                    Commitment("Promote the role of all Elected Members as corporate parents and ensure that appropriate mechanisms are put in place by the Council to enable all members to fulfil their statutory responsibilities in this area.")
                }
                Section("What this means in practice") {
                    Commitment(.practice, "The Corporate Parenting Board meets quarterly and is chaired by the Lead Member for Children's Services.")
                    Commitment(.practice, "Training about their responsibilities as a corporate parent has been provided for Elected Members and is well attended.")
                    Commitment(.practice, "Listen to the voice of children and young people in our care, and those leaving care, either directly or indirectly, through national and local inspection reports, service user surveys, independent reviewing officer's reports, reports from advocates, and other professionals, and use what we learn to improve services and outcomes.")
                    Commitment(.practice, "The Children in Care Council are active participants in the Corporate Parenting Board and able to contribute and offer challenge.")
                    Commitment(.practice, "Raise awareness with all new staff employed by Middlesbrough Council with regard to their corporate parenting responsibilities.")
                }
            }
        }
    }
}
