import CorporateParenting

extension NorthEastLincolnshire {
    /// "Link Members To Our Children's Homes": the homes, their Responsible Individual and the elected members
    /// linked to them.
    @PackContent
    static var linkMembers: [Entry] {
        Section("Link Members To Our Children's Homes", page: 44, line: 587) {
            // "a number of": no count is printed.
            Provision("Within North East Lincolnshire our children social work services provide a number of children's residential homes across the town which provide a mixture of specialist care in group living settings. All of our homes are registered with Ofsted as the regulatory body for providing children's residential care services and each have arrangements for independent scrutiny and oversight as required by regulations.")
            Context("Our Corporate Parenting Board also has a function to oversee and support and champion our children's residential homes and of course the young people supported by them.")
            Body(
                .team, "childrens-residential-homes", "children's residential homes",
                status: .inPlace,
                roles: [
                    Role(.linkMember, "individual Elected Members, who are also Corporate Parenting Board members and children's champions",
                         wording: "Our Board arrangements include for individual Elected Members, who are also Corporate Parenting Board members and children's champions, to be linked to our children's homes"),
                    Role(.responsibleIndividual, "The Head of Service for Children Looked After",
                         wording: "also the Responsible Individual for the children's homes"),
                    Role(.support, "The Head of Service for Children Looked After", status: .planned,
                         wording: "will provide a single point of contact for all Elected Members who are corporate parenting link members to our homes"),
                ],
                remit: [
                    "to provide support for our homes within their communities and provide a direct connection between our homes and corporate parents",
                    "The role of link Elected Member includes maintaining contact through the registered manager of the home with the home and staff and children within it along with providing support within the community as necessary.",
                ],
                mappings: [Mapping(domains: [.homes, .governance], basis: .judged, note: "elected members linked to the homes")]
            )
            Context("Our Board arrangements include for individual Elected Members, who are also Corporate Parenting Board members and children's champions, to be linked to our children's homes to provide support for our homes within their communities and provide a direct connection between our homes and corporate parents.")
            Context("The role of link Elected Member includes maintaining contact through the registered manager of the home with the home and staff and children within it along with providing support within the community as necessary.")
            Commitment("The Head of Service for Children Looked After, also the Responsible Individual for the children's homes, will provide a single point of contact for all Elected Members who are corporate parenting link members to our homes and facilitate and support visits and ensure that information on inspections or critical incidents are shared appropriately.",
                       owner: "The Head of Service for Children Looked After")
        }
    }

    /// "Board members supporting Strategic Priority Themes": "six priority themes" (against seven outcomes; see the
    /// inconsistencies) and the 'priority champion' role, worded as to come ("will").
    @PackContent
    static var priorityChampions: [Entry] {
        Section("Board members supporting Strategic Priority Themes", id: "priority-themes", page: 44, line: 597) {
            Context("Within our Corporate Parenting Strategy, we have set out six priority themes that will provide a focus for services and partners to ensure that there is continuous effort to improve key outcomes for our children looked after and care leavers.")
            Context("Each priority theme will be led by a council officer or equivalent manager within a relevant partner and work to deliver the outcomes set out in our strategy.")
            Context("Our corporate parenting board arrangements include for the regular review, challenge, and support for these priorities, and this will also be supported through individual 'priority champion' board members.")
            // Which themes each champion takes is not said ("their identified priority theme"), so it serves none by id.
            Body(
                .network, "priority-champions", "'priority champion' board members",
                status: .planned,
                roles: [Role(.champion, "individual elected members from the Corporate Parenting Board", status: .planned,
                             wording: "The Corporate Parenting Board members 'priority champion' role will involve individual elected members from the Corporate Parenting Board working with the operational lead for their identified priority theme.")],
                remit: [
                    "The 'priority champion' will provide support and challenge on progress and support the operational lead in promoting the priority within relevant forums including committees, meetings, decision making forums and wider council and community events as relevant.",
                    "The elected member priority champion will receive updates from the operational lead as agreed and prior to reports being presented to the corporate parenting board.",
                ],
                partOf: "corporate-parenting-board",
                mappings: [Mapping(domains: [.governance], basis: .judged, note: "elected members championing the priorities")]
            )
        }
    }

    /// "Officers": what officers do, then the youth councils the Head of Services meets. The councils' own ages and
    /// meetings are not printed; "three times a year" is the Head of Services' meetings with both, not either
    /// council's own frequency, so it is typed as the Head of Services' practice, not as a body's `meets`.
    @PackContent
    static var officers: [Entry] {
        Section("Officers", id: "officers", page: 45, line: 603) {
            ExpectationSet(title: "Officers", audience: "Officers", items: [
                "Officers have a crucial role to play in ensuring that services are developed and delivered to a high standard and that they inform Elected Members of the progress of the plan and any challenges that are being faced.",
                "They need to know about the children who are in our care and strive at all times to deliver the highest quality service.",
                // "the panel": no panel is described anywhere; read as the board, but not said.
                "They are responsible for advising the panel and ensuring that any agreed actions are carried out as well as:",
                "Reporting to the Corporate Parenting Board on performance relating to children in care and care leavers.",
                "Reporting on information relating to fostering, adoption and small group home provision.",
                "Ensuring that Corporate Parenting Board has all relevant information to ensure that they can provide robust monitoring of services provided to children in care and make decisions based on the most up to date information.",
            ])
            // One sentence, two facts: the meetings are in place ("meets"), the liaison is to come ("will").
            Action(.practice, "The Head of Services for Children Looked After, Corporate Parenting and Youth Justice Services meets with both the Have a Voice Council and Care Leavers Council three times a year",
                   owner: "The Head of Services for Children Looked After, Corporate Parenting and Youth Justice Services")
            Commitment("and will liaise with elected member champions to support reporting in each theme to the board.",
                       owner: "The Head of Services for Children Looked After, Corporate Parenting and Youth Justice Services")
            Body(.youthGroup, "have-a-voice-council", "Have a Voice Council", status: .inPlace,
                 mappings: [Mapping(principles: [2, 3], domains: [.voice], basis: .judged, note: "a youth council heard by the Head of Services")])
            // Also a key partner of outcome 5, and its members train foster carers (outcome 5's approach).
            Body(.youthGroup, "care-leavers-council", "Care Leavers Council", status: .inPlace,
                 mappings: [Mapping(principles: [2, 3], domains: [.voice], basis: .judged, note: "a care leavers' council heard by the Head of Services")])
        }
    }
}
