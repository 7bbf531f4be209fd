import CorporateParenting

extension NorthEastLincolnshire {
    /// "Governance Arrangements" up to the training paragraphs. The document prints "Democratic Involvement and
    /// Accountability", "Participation of Children and Young People", "Operational Delivery" and "Corporate
    /// parenting training and awareness" twice, word for word; they are encoded once. It never says who chairs the
    /// board or how often it meets, so neither is set.
    @ContentBuilder<PackElement>
    static var governance: [PackElement] {
        Section("Governance Arrangements") {
            Board(
                "Corporate Parenting Board",
                members: [
                    "elected members",
                    "key service leaders and service providers including council officers and representatives from wider public services",
                ],
                responsibilities: [
                    "provides the strategic partnership to oversee and drive our arrangements for ensuring that children looked after by North East Lincolnshire local authority, and those adults previously looked after, achieve the best possible outcomes",
                    "provides a leadership role by championing the specific needs of children and young people who are, or have been, looked after by the local authority",
                    "overseeing the work undertaken in specific services to ensure a corporate approach is being taken from a range of Council departments and agencies and ensure that the services support children that are or have been looked after to have the full benefit of the widest possible resources to support successful outcomes",
                    "is able to refer matters for, and provide information to, the Children's Services Scrutiny Board",
                    "has a function to oversee and support and champion our children's residential homes and of course the young people supported by them",
                    "the regular review, challenge, and support for these priorities",
                ],
                // "The Corporate Parenting Board youth representatives will receive training and join the board as
                // board members"; the document does not say young people chair or co-chair it.
                youngPeopleOnBoard: true,
                reportsTo: "Children's Services Scrutiny Board"
            )
            Section("Democratic Involvement and Accountability") {
                Arrangement("The Corporate Parenting Board is able to refer matters for, and provide information to, the Children's Services Scrutiny Board. Need to clarify local governance arrangement")
            }
            Section("Participation of Children and Young People") {
                Arrangement("The voice of children and young people will be a consistent and influential feature of the Corporate Parenting Board. Participation will be steered through advocacy services for care experienced young people.")
                ParticipationGroup(
                    "board-youth-representatives", "Corporate Parenting Board youth representatives", sitsOnBoard: true,
                    description: "The Corporate Parenting Board youth representatives will receive training and join the board as board members for need to determine."
                )
                Arrangement("The Head of Service will meet at least three times a year with the care experienced advocacy services to obtain the voice of the young person")
            }
            Section("Operational Delivery") {
                WorkingGroup(
                    "corporate-parenting-operational-group", "Corporate Parenting Operational Group", kind: .partnership,
                    remit: "In delivering the ambitions for our children looked after and care leavers set out within the strategy, a representative multi-agency delivery partnership, the 'Corporate Parenting Operational Group' is in place reporting directly to the Corporate Parenting board.",
                    reportsTo: "Corporate Parenting Board"
                )
                WorkingGroup(
                    "priority-leads", "Priority leads", kind: .lead,
                    chair: "senior officers from the relevant service area",
                    priorities: [
                        "safe-stable-caring-places", "healthy-and-well", "learning-developing-achieving",
                        "trusted-relationships-identity-belonging", "voice-and-influence", "safe-and-protected",
                        "developing-independence",
                    ],
                    remit: "Each of the board's Seven priorities are led by senior officers from the relevant service area to oversee and drive improvements in respect of each individual lead area.",
                    reportsTo: "Corporate Parenting Board"
                )
                Arrangement("These priority themes are then reported back to the Corporate Parenting Board in turn in a yearly cycle. The illustration in Figure 1 below sets out the process of reporting.")
            }
            Section("Corporate parenting training and awareness") {
                Arrangement("To support effective governance and oversight from Corporate Parenting Board a programme of training in respect of responsibilities and understanding of children looked after and care leaver needs has been co-designed with our Voice and Influence team. The Head of Service for Children Looked After, Corporate Parenting and Youth Services is responsible to provide a programme of training across the partnership to board members.")
                Arrangement("Children's Social Work Services will support Elected Members in understanding their role as Corporate Parent through providing training sessions as a key part of the induction for all Councillors.")
            }
        }
    }
}
