import CorporateParenting

extension NorthEastLincolnshire {
    /// "Governance Arrangements": the board, then its sub-sections. The board's roles gather what later sections
    /// say of it (priority leads, the training lead, youth representatives); their sentences stay as narrative where
    /// printed. The document never names the board's chair (the post is named at Level 3, its holder is not) or says
    /// how often the board meets, so neither is set.
    @PackContent
    static var governanceArrangements: [Entry] {
        Section("Governance Arrangements", page: 38, line: 486) {
            Body(
                .board, "corporate-parenting-board", "Corporate Parenting Board",
                status: .inPlace,
                roles: [
                    // "are led by": leads of the board's priorities, one for each; no holder is named.
                    // With the reporting cycle the leads' themes follow ("in turn in a yearly cycle": each theme
                    // once a year; the words fix no meeting count).
                    .lead("senior officers from the relevant service area",
                          wording: "Each of the board's Seven priorities are led by senior officers from the relevant service area to oversee and drive improvements in respect of each individual lead area. These priority themes are then reported back to the Corporate Parenting Board in turn in a yearly cycle."),
                    // The later section words the same role differently and as to come (see "Board members supporting
                    // Strategic Priority Themes").
                    .lead("a council officer or equivalent manager within a relevant partner", status: .planned,
                          wording: "Each priority theme will be led by a council officer or equivalent manager within a relevant partner"),
                    Role(.support, "The Head of Service for Children Looked After, Corporate Parenting and Youth Services",
                         wording: "is responsible to provide a programme of training across the partnership to board members"),
                    // "will ... join the board", and the term is left open ("for need to determine").
                    .member("Corporate Parenting Board youth representatives", status: .planned,
                            wording: "will receive training and join the board as board members for need to determine"),
                ],
                members: [
                    "elected members",
                    "key service leaders and service providers including council officers and representatives from wider public services",
                ],
                remit: [
                    "provides the strategic partnership to oversee and drive our arrangements for ensuring that children looked after by North East Lincolnshire local authority, and those adults previously looked after, achieve the best possible outcomes",
                    "provides a leadership role by championing the specific needs of children and young people who are, or have been, looked after by the local authority",
                    "overseeing the work undertaken in specific services to ensure a corporate approach is being taken from a range of Council departments and agencies",
                    "has a function to oversee and support and champion our children's residential homes and of course the young people supported by them",
                    "the regular review, challenge, and support for these priorities",
                ],
                // "is able to refer matters for, and provide information to" is not a reporting line, and the
                // document leaves it open.
                reportsTo: [Reporting(named: "Children's Services Scrutiny Board", status: .unresolved,
                                      wording: "is able to refer matters for, and provide information to, the Children's Services Scrutiny Board. Need to clarify local governance arrangement")],
                serves: outcomeIDs,
                mappings: [Mapping(domains: [.governance], basis: .judged, note: "the board overseeing the strategy")]
            )
            StrategyScope(text: "The Corporate Parenting Board provides the strategic partnership to oversee and drive our arrangements for ensuring that children looked after by North East Lincolnshire local authority, and those adults previously looked after, achieve the best possible outcomes.",
                          groups: ["children looked after by North East Lincolnshire local authority", "those adults previously looked after"])
            Context("The board is made up of elected members, key service leaders and service providers including council officers and representatives from wider public services.")
            Mechanism("The Corporate Parenting Board provides a leadership role by championing the specific needs of children and young people who are, or have been, looked after by the local authority. It does this through working with all elected members, officers within the Council, with colleagues from partner agencies and with children and young people. This is done by overseeing the work undertaken in specific services to ensure a corporate approach is being taken from a range of Council departments and agencies and ensure that the services support children that are or have been looked after to have the full benefit of the widest possible resources to support successful outcomes.")
            governanceFirstPrinting
            governanceSecondPrinting
            effectiveCorporateParents
            linkMembers
            priorityChampions
            officers
        }
    }

    /// The four sub-sections as first printed (seed lines 492-510), where their facts are typed.
    @PackContent
    static var governanceFirstPrinting: [Entry] {
        Section("Democratic Involvement and Accountability", id: "democratic-involvement", page: 38, line: 492) {
            Context("The Corporate Parenting Board is able to refer matters for, and provide information to, the Children's Services Scrutiny Board. Need to clarify local governance arrangement")
        }
        Section("Participation of Children and Young People", id: "participation", page: 38, line: 496) {
            Commitment("The voice of children and young people will be a consistent and influential feature of the Corporate Parenting Board.",
                       mappings: [Mapping(principles: [2, 3], domains: [.voice], basis: .judged, note: "young people's voice at the board")])
            Commitment("Participation will be steered through advocacy services for care experienced young people.")
            Context("The Corporate Parenting Board youth representatives will receive training and join the board as board members for need to determine.")
            // "at least": a minimum, so no yearly count is fixed.
            Commitment("The Head of Service will meet at least three times a year with the care experienced advocacy services to obtain the voice of the young person",
                       owner: "The Head of Service")
        }
        Section("Operational Delivery", id: "operational-delivery", page: 38, line: 500, capture: .partial) {
            Body(
                .partnership, "corporate-parenting-operational-group", "Corporate Parenting Operational Group",
                status: .inPlace,
                members: ["a representative multi-agency delivery partnership"],
                reportsTo: [Reporting("corporate-parenting-board", wording: "is in place reporting directly to the Corporate Parenting board")],
                mappings: [Mapping(domains: [.governance], basis: .judged, note: "multi-agency delivery of the strategy")]
            )
            Context("In delivering the ambitions for our children looked after and care leavers set out within the strategy, a representative multi-agency delivery partnership, the 'Corporate Parenting Operational Group' is in place reporting directly to the Corporate Parenting board.")
            Context("Each of the board's Seven priorities are led by senior officers from the relevant service area to oversee and drive improvements in respect of each individual lead area.")
            // "in turn in a yearly cycle": each theme once in the cycle; the words fix no meeting count.
            Context("These priority themes are then reported back to the Corporate Parenting Board in turn in a yearly cycle.")
            // Figure 1 is not in the extracted text, hence `capture: .partial`.
            Context("The illustration in Figure 1 below sets out the process of reporting.")
        }
        Section("Corporate parenting training and awareness", id: "training-and-awareness", page: 39, line: 506) {
            // Co-designed with a council team, not with young people, so it is not typed as co-production.
            Provision("To support effective governance and oversight from Corporate Parenting Board a programme of training in respect of responsibilities and understanding of children looked after and care leaver needs has been co-designed with our Voice and Influence team.")
            Provision("The Head of Service for Children Looked After, Corporate Parenting and Youth Services is responsible to provide a programme of training across the partnership to board members.")
            Commitment("Children's Social Work Services will support Elected Members in understanding their role as Corporate Parent through providing training sessions as a key part of the induction for all Councillors.",
                       owner: "Children's Social Work Services")
        }
    }

    /// The same four sub-sections printed again word for word (seed lines 514-532). Their text is kept as printed;
    /// every fact they state is typed once, under the first printing.
    @PackContent
    static var governanceSecondPrinting: [Entry] {
        Section("Democratic Involvement and Accountability", id: "democratic-involvement-repeat", line: 514) {
            Context("The Corporate Parenting Board is able to refer matters for, and provide information to, the Children's Services Scrutiny Board. Need to clarify local governance arrangement")
        }
        Section("Participation of Children and Young People", id: "participation-repeat", line: 518) {
            Context("The voice of children and young people will be a consistent and influential feature of the Corporate Parenting Board. Participation will be steered through advocacy services for care experienced young people. The Corporate Parenting Board youth representatives will receive training and join the board as board members for need to determine. The Head of Service will meet at least three times a year with the care experienced advocacy services to obtain the voice of the young person")
        }
        Section("Operational Delivery", id: "operational-delivery-repeat", line: 522, capture: .partial) {
            Context("In delivering the ambitions for our children looked after and care leavers set out within the strategy, a representative multi-agency delivery partnership, the 'Corporate Parenting Operational Group' is in place reporting directly to the Corporate Parenting board.")
            // Figure 1 is missing here too.
            Context("Each of the board's Seven priorities are led by senior officers from the relevant service area to oversee and drive improvements in respect of each individual lead area. These priority themes are then reported back to the Corporate Parenting Board in turn in a yearly cycle. The illustration in Figure 1 below sets out the process of reporting.")
        }
        Section("Corporate parenting training and awareness", id: "training-and-awareness-repeat", line: 528) {
            Context("To support effective governance and oversight from Corporate Parenting Board a programme of training in respect of responsibilities and understanding of children looked after and care leaver needs has been co-designed with our Voice and Influence team. The Head of Service for Children Looked After, Corporate Parenting and Youth Services is responsible to provide a programme of training across the partnership to board members.")
            Context("Children's Social Work Services will support Elected Members in understanding their role as Corporate Parent through providing training sessions as a key part of the induction for all Councillors.")
        }
    }
}
