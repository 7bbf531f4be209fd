import CorporateParenting

extension NorthEastLincolnshire {
    /// "Effective Corporate Parents:" and the three levels of responsibility it introduces, each a list of questions
    /// councillors must ask themselves. Read as level 2 under "Governance Arrangements", the levels beneath it
    /// (seed line 545 introduces them inside it).
    @PackContent
    static var effectiveCorporateParents: [Entry] {
        Section("Effective Corporate Parents:", page: 41, line: 534) {
            ExpectationSet(title: "Effective Corporate Parents:", items: [
                "Have a clear understanding and awareness of the issues for children looked after and care leavers in the authority area including those placed out of area",
                "Are able to ask questions and constructively challenge outcomes for children looked after and care leavers",
                "Have effective communication with children looked after and care leavers and their services",
                "Ensure that children and young people have a say in how decisions are made about the services that affect them and that they are able to influence those decisions positively",
                "Ensure that they are familiar with our 'Promise' and challenge whether the Council, as corporate parent, is keeping the promise",
                "Ask how all elements of council business and change have an impact for children looked after",
                "Make connections and links between council plans, strategies and decision-making impacting on children looked after and care leavers",
                "Consistently ask in decision making and meetings impacting on children looked after 'Would this be good enough for my own child?'",
            ])
            Mechanism("Whilst all elected members have corporate parenting responsibility, the tasks that need to be undertaken will differ according to the role(s) that individual members have taken on. The different levels of responsibility can be summarised as follows:")
            Section("Universal Responsibility (Level 1)", page: 42, line: 547) {
                Context("All councillors must ask themselves:")
                ExpectationSet(title: "Universal Responsibility (Level 1)", audience: "All councillors", items: [
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
            Section("Targeted Responsibility (Level 2)", page: 42, line: 561) {
                Context("For councillors who undertake visits to children's homes, are part of the Children's Services Scrutiny arrangements and/or are members of the Corporate Parenting Board, their role will be more extensive. In addition to the above, they will need to ask themselves:")
                // A blank line splits the list four and four (seed line 569); it is one list.
                ExpectationSet(
                    title: "Targeted Responsibility (Level 2)",
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
            Section("Specialist Responsibility (Level 3)", page: 43, line: 575) {
                // Names the Chair of the Corporate Parenting Board as a post; its holder is never named.
                Context("Finally, there will be key roles where corporate parenting is at the heart of an individual's role. The Lead Member for Children, Young People and Families, Chair of Children's Scrutiny Board and the Chair of the Corporate Parenting Board will need to work closely with the Director of Children Services and Head of Service for Children Looked After, Corporate Parenting and Youth Services to ask themselves, in addition to the above:")
                ExpectationSet(
                    title: "Specialist Responsibility (Level 3)",
                    audience: "The Lead Member for Children, Young People and Families, Chair of Children's Scrutiny Board and the Chair of the Corporate Parenting Board",
                    items: [
                        "Are we providing both political and operational leadership in safeguarding and promoting the welfare of children looked after and care leavers?",
                        "Are effective governance arrangements in place to implement any decisions regarding children looked after and care leavers across the authority and partner agencies?",
                        "Have we undertaken an in-depth analysis of the needs of the council's care population and how far services are meeting those needs so as to inform future action?",
                        "Is there a review process to ensure adaptation to changing needs?",
                        "Have we made sure that the strategic plans of the children's services authority and joint plans with partner agencies meet the needs of looked after children and care leavers?",
                        "Are we up to date with emerging research findings and new initiatives that should inform the direction of services?",
                        // The Children in Care Council is named only here; whether it is the Have a Voice Council is
                        // not said, so no body is made of it.
                        "Do we have strong links with the Children in Care Council and does that body have all the support it needs to be effective?",
                    ]
                )
            }
        }
    }
}
