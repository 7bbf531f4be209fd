import CorporateParenting

extension NorthEastLincolnshire {
    /// The rest of "Governance Arrangements": what effective corporate parents do, the three levels of questions
    /// for councillors, link members to the children's homes, the 'priority champion' board members and officers.
    @ContentBuilder<PackElement>
    static var effectiveCorporateParents: [PackElement] {
        Section("Governance Arrangements") {
            Section("Effective Corporate Parents:") {
                ExpectationSet("Effective Corporate Parents:", items: [
                    "Have a clear understanding and awareness of the issues for children looked after and care leavers in the authority area including those placed out of area",
                    "Are able to ask questions and constructively challenge outcomes for children looked after and care leavers",
                    "Have effective communication with children looked after and care leavers and their services",
                    "Ensure that children and young people have a say in how decisions are made about the services that affect them and that they are able to influence those decisions positively",
                    "Ensure that they are familiar with our 'Promise' and challenge whether the Council, as corporate parent, is keeping the promise",
                    "Ask how all elements of council business and change have an impact for children looked after",
                    "Make connections and links between council plans, strategies and decision-making impacting on children looked after and care leavers",
                    "Consistently ask in decision making and meetings impacting on children looked after 'Would this be good enough for my own child?'",
                ])
            }
            councillorLevels
            Section("Link Members To Our Children's Homes") {
                Arrangement("Within North East Lincolnshire our children social work services provide a number of children's residential homes across the town which provide a mixture of specialist care in group living settings. All of our homes are registered with Ofsted as the regulatory body for providing children's residential care services and each have arrangements for independent scrutiny and oversight as required by regulations.")
                WorkingGroup(
                    "link-members-childrens-homes", "Link Members To Our Children's Homes", kind: .champion,
                    chair: "individual Elected Members, who are also Corporate Parenting Board members and children's champions",
                    remit: "The role of link Elected Member includes maintaining contact through the registered manager of the home with the home and staff and children within it along with providing support within the community as necessary."
                )
                Arrangement("The Head of Service for Children Looked After, also the Responsible Individual for the children's homes, will provide a single point of contact for all Elected Members who are corporate parenting link members to our homes and facilitate and support visits and ensure that information on inspections or critical incidents are shared appropriately.")
            }
            Section("Board members supporting Strategic Priority Themes") {
                Arrangement("Within our Corporate Parenting Strategy, we have set out six priority themes that will provide a focus for services and partners to ensure that there is continuous effort to improve key outcomes for our children looked after and care leavers. Each priority theme will be led by a council officer or equivalent manager within a relevant partner and work to deliver the outcomes set out in our strategy. Our corporate parenting board arrangements include for the regular review, challenge, and support for these priorities, and this will also be supported through individual 'priority champion' board members.")
                WorkingGroup(
                    "priority-champions", "'priority champion' board members", kind: .champion,
                    chair: "individual elected members from the Corporate Parenting Board",
                    remit: "The 'priority champion' will provide support and challenge on progress and support the operational lead in promoting the priority within relevant forums including committees, meetings, decision making forums and wider council and community events as relevant. The elected member priority champion will receive updates from the operational lead as agreed and prior to reports being presented to the corporate parenting board."
                )
            }
            Section("Officers") {
                ExpectationSet("Officers", audience: "Officers", items: [
                    "ensuring that services are developed and delivered to a high standard and that they inform Elected Members of the progress of the plan and any challenges that are being faced",
                    "They need to know about the children who are in our care and strive at all times to deliver the highest quality service.",
                    "advising the panel and ensuring that any agreed actions are carried out",
                    "Reporting to the Corporate Parenting Board on performance relating to children in care and care leavers.",
                    "Reporting on information relating to fostering, adoption and small group home provision.",
                    "Ensuring that Corporate Parenting Board has all relevant information to ensure that they can provide robust monitoring of services provided to children in care and make decisions based on the most up to date information.",
                ])
                // The document gives no ages and no meeting frequency of their own for these councils: only that
                // the Head of Services meets them three times a year.
                ParticipationGroup("have-a-voice-council", "Have a Voice Council", description: headOfServiceMeetsCouncils)
                ParticipationGroup("care-leavers-council", "Care Leavers Council",
                                   description: headOfServiceMeetsCouncils)
                Arrangement(headOfServiceMeetsCouncils)
            }
        }
    }

    /// The Officers section's last sentence, which is all the document says about how often the councils meet.
    static let headOfServiceMeetsCouncils =
        "The Head of Services for Children Looked After, Corporate Parenting and Youth Justice Services meets with both the Have a Voice Council and Care Leavers Council three times a year and will liaise with elected member champions to support reporting in each theme to the board."

    /// The three levels of responsibility and the questions councillors at each must ask themselves.
    @ContentBuilder<PackElement>
    static var councillorLevels: [PackElement] {
        Section("Universal Responsibility (Level 1)") {
            ExpectationSet("Universal Responsibility (Level 1)", audience: "All councillors", items: [
                "Do I understand why children need to be looked after, and the legal and policy framework that governs this?",
                "Am I aware of the governance arrangements for corporate parenting within my council?",
                "Do I know about the profile of the children looked after by the council – and the outcomes they are achieving compared with other local children?",
                "Can I be sure that we are providing the best care possible for our looked after children and care-leavers? Would it be good enough for my child?",
                "Am I aware of our local Promise to children looked after and how I can contribute towards fulfilling it?",
                "Does the council have a corporate parenting strategy and, if so, what are the key points?",
                "Am I taking responsibility for promoting the welfare of children looked after and care-leavers in all my work for the council – and in my other capacities?",
                "Are there any celebrations or other events that I can attend in order to demonstrate directly to children and young people in care that I want them to do well?",
                "Do I know what the most important issues are for our children looked after and care-leavers?",
            ])
        }
        Section("Targeted Responsibility (Level 2)") {
            ExpectationSet(
                "Targeted Responsibility (Level 2)",
                audience: "councillors who undertake visits to children's homes, are part of the Children's Services Scrutiny arrangements and/or are members of the Corporate Parenting Board",
                items: [
                    "Are the right structures and systems in place in order for my council to be an effective corporate parent, and are all the right partners involved?",
                    "Am I up to date on current (and proposed) government expectations regarding the service to children looked after and care leavers?",
                    "Do I have access to both qualitative and quantitative information on the service, and enough knowledge to understand and evaluate this information?",
                    "Do I know how well my council is doing in comparison with other councils, and our own past performance?",
                    "Are there sound mechanisms within my council for hearing and responding to the views of looked after children, care leavers and their parents/carers?",
                    "Do I have a good picture of which needs we are meeting well and which we are failing to meet?",
                    "Is there an action plan across the council and involving partner agencies to improve the service and to ensure it responds to changing needs?",
                    "Do I know what our children looked after and care leavers think about the service we are providing?",
                ]
            )
        }
        Section("Specialist Responsibility (Level 3)") {
            ExpectationSet(
                "Specialist Responsibility (Level 3)",
                audience: "The Lead Member for Children, Young People and Families, Chair of Children's Scrutiny Board and the Chair of the Corporate Parenting Board",
                items: [
                    "Are we providing both political and operational leadership in safeguarding and promoting the welfare of children looked after and care leavers?",
                    "Are effective governance arrangements in place to implement any decisions regarding children looked after and care leavers across the authority and partner agencies?",
                    "Have we undertaken an in-depth analysis of the needs of the council's care population and how far services are meeting those needs so as to inform future action?",
                    "Is there a review process to ensure adaptation to changing needs?",
                    "Have we made sure that the strategic plans of the children's services authority and joint plans with partner agencies meet the needs of looked after children and care leavers?",
                    "Are we up to date with emerging research findings and new initiatives that should inform the direction of services?",
                    "Do we have strong links with the Children in Care Council and does that body have all the support it needs to be effective?",
                ]
            )
            // Named only in the last question; the document does not say whether it is the Have a Voice Council.
            ParticipationGroup("children-in-care-council", "Children in Care Council")
        }
    }
}
