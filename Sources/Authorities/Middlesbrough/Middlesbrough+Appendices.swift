import CorporateParenting

extension Middlesbrough {
    /// The appendices: the Pledge (named, its text not given), the Charter for Care Leavers, the statutory and
    /// legal context (nineteen items of legislation and guidance), and corporate parenting training for elected
    /// members.
    @ContentBuilder<PackElement>
    static var appendices: [PackElement] {
        Section("Appendices") {
            Section("1. Pledge to Children and Young People who are looked after") {
                // The appendix names the Pledge but does not set out its content.
                Pledge("pledge", "Pledge to Children and Young People who are looked after",
                       audience: "Children and Young People who are looked after")
            }
            Section("2. Charter for Care Leavers") {
                Pledge("charter-for-care-leavers", "Charter for Care Leavers", audience: "Care Leavers",
                       summary: charterSummary) {
                    Promise("We Promise To;", details: [
                        "Respect you as an individual",
                        "Support you to find out who you are",
                        "Celebrate your identity – as an individual living in their own area",
                        "Help you to express yourself in a good way",
                        "Value and support you through life events",
                    ])
                    Promise("To will listen to you by;", details: [
                        "Taking our time, respecting you and doing our best to understand your point of view",
                        "Placing your needs, thoughts and feelings at the heart of all decisions about you",
                        "Informing you of any decisions and explaining how we have reached a decision",
                        "Providing easy access to the complaints, compliments and appeals processes",
                        "Making sure you know how to access an independent advocacy service",
                    ])
                    Promise("We will inform you by:", details: [
                        "Giving you information about your journey through care in a way that you will understand",
                        "Keeping information up to date and correct",
                        "Making sure you know how to get current information once you leave Pathways",
                        "Explaining to you what information you are entitled to and support you to access it",
                        "Making sure you have information about your health history",
                    ])
                    Promise("We will support you by:", details: [
                        "Completing your Pathway Plan with you from the age of 16 years",
                        "Being aware of any changes in your rights and what this means for you",
                        "Providing information and advice, practical, financial and emotional support",
                        "Being strong advocates for you",
                        "Encouraging you to make your own choices and giving you second chances",
                        "Understanding your needs and meeting them as best we can",
                        "Helping you learn from your mistakes and not judging you and providing continuous support",
                    ])
                    Promise("To find you a home we will:", details: [
                        "Work with you to get ready for living on your own and make sure that you know the options available to you",
                        "Do everything we can to make sure you are happy, settled and feel safe when you move into your own home",
                        "Know that at different times you may need to take a step back and start over again",
                        "Work together with other agencies e.g. Housing, Job Centre, and College, to help you stay in your home",
                    ])
                    Promise("We will be a life-long companion by:", details: [
                        "Doing our best to help you overcome barriers when dealing with agencies",
                        "Treating you fairly and with respect",
                        "Helping you to be in control of your life and working with you at your pace",
                        "Supporting you where we can",
                    ])
                }
            }
            // One entry per convention, act, guidance document, plan or framework, in the document's words (its
            // „in need“ quotes and unmatched closing quote kept; italic markup and the "DRAFT" page mark dropped).
            // The Adoption and Children Act 2002 paragraph runs on into "3.3. Local authorities have been entitled
            // ... until the Children Act 2004.", a stray paragraph number and a sentence about the 2004 Act: that
            // sentence, without the number, opens the Children Act 2004 entry.
            Section("3. Statutory and Legal Context to Corporate Parenting") {
                Legislation("The United Nations Convention on the Rights of the Child provides the overarching framework by providing the right of the child to be heard in any judicial and administrative proceedings affecting him or her. (Article 12).")
                Legislation("Children Act 1989 is the primary legislation setting out local authority responsibility to children „in need“, including Looked after Children. Section 22 imposes a duty on local authorities to safeguard and promote the welfare of each child they look after.")
                Legislation("The Children (Leaving Care) Act 2000 extended the responsibility of the local authority to young people leaving care, requiring them to plan the young person’s transition to adulthood and provide on-going advice and assistance until at least the age of 21.")
                Legislation("The Children Act 1989 Guidance and Regulations Volume 2: Care Planning, Placement and Case Review Regulations and Guidance clarify the expectations of care planning and review for Looked after Children and strengthen the role of the Independent Reviewing Officer (IRO) to challenge when identified needs are not being met. The manager of the service is required to prepare an annual report that should be made available to corporate parents.")
                Legislation("The Children Act 1989 Guidance and Regulations Volume 3: Planning Transitions to Adulthood for Care Leavers gives details of how care-leavers should be provided with comprehensive personal support so that they achieve their potential as they make their transition to adulthood. It includes the need for care-leavers to be living in suitable accommodation and receiving support to continue in education or training and to find employment.")
                Legislation("The Adoption and Children Act 2002 required all local authorities to appoint Independent Reviewing Officers (IROs) to review the care plans of Looked after Children, and the Act introduced Special Guardianship orders that provide permanence for children but are alternatives to adoption.")
                Legislation("Local authorities have been entitled to expect other agencies to assist them in discharging their functions since the implementation of the Children Act 1989 (Section 27) but this was not a statutory responsibility until the Children Act 2004.\n\nThe Children Act 2004 This Act introduced a duty on named agencies both to co-operate with the local authority (Section 10) and to ensure that they take account of the need to safeguard and promote the welfare of children in fulfilling their own functions (Section 11). It also made provision for local authority areas to set up Children's Trusts, bringing together the relevant agencies, and to develop a children and young people's plan. These are not mandatory but can provide a mechanism for bringing relevant agencies and plans together so that children's needs are not lost.")
                Legislation("The Local Government and Public Involvement in Health Act 2007 placed a duty on upper-tier local authorities and primary care trusts to undertake a joint strategic needs assessment (JSNA) of their local population.")
                Legislation("The Children and Young Persons Act 2008 requires local authorities to take steps to secure sufficient suitable accommodation for Looked after Children within their area that meets their needs. It also strengthens the care planning process and the role of the Independent Reviewing Officer in monitoring the plan, and children's health and education plans are essential components of this.")
                Legislation("The Health and Social Care Act 2012 has abolished primary care trusts and transferred responsibility for commissioning local health services, apart from primary care, to a Clinical Commissioning Group consisting of GP consortia. Primary care and specialist services are commissioned by the NHS Commissioning Board, who are also responsible for holding the Clinical Commissioning Groups to account. The Act also established Health and Well-being Boards, led by the Director of Public Health within the local authority, to improve the health and well-being of the local population and reduce health inequalities. Section 12 created a new duty for local authorities to take steps to improve the health of people in their area.")
                Legislation("The Legal Aid, Sentencing and Punishment of Offenders Act 2012 has introduced a single remand order for children and young people under the age of 18 who are refused bail, which will mean that they become Looked After Children for the duration of the remand, and may mean that they are entitled to leaving care services.")
                Legislation("Statutory Guidance on Promoting the Health and Well-being of Looked After Children placed the contribution of NHS agencies towards meeting the needs of Looked After Children on a statutory footing for the first time. The role of the PCT was to analyse the health needs of Looked After Children, plan and commission services, and monitor and review their effectiveness. Strategic Health Authorities were expected to monitor the performance of PCT's and to play a developmental and supportive role. Although PCTs have been replaced by Clinical Commissioning Groups, the government's mandate to the NHS Commissioning Board for 2013–2015 says: We expect to see the NHS, working together with schools and children's social services, supporting and safeguarding vulnerable, looked-after and adopted children, through a more joined-up approach to addressing their needs'.")
                Legislation("Promoting the Educational Achievement of Looked after Children: Statutory Guidance for Local Authorities clarified the duty to actively support Looked after Children's education. Measures include the priority that must be given to Looked after Children in terms of school admission, restriction on the use of school exclusion and the introduction of personal education allowances to purchase tailored support.")
                Legislation("Statutory Guidance: Securing Sufficient Accommodation for Looked after Children requires local authorities to develop a plan to secure sufficient accommodation for Looked after Children within their local authority area and which meets their needs. They can only do this if they work in partnership with other agencies as the requirement is not just about accommodation and placements but also securing a diverse range of universal, targeted and specialist services working together to meet children's needs and applies not only to Looked After Children but also those on the edge of care and at risk of custody.")
                Legislation("Statutory Guidance on the Roles and Responsibilities of the Director of Children's Services and the Lead Member for Children's Services. These roles are statutory and cover both the social care and education services of the local authority. These individuals should provide strong leadership and ensure that there is a clear line of accountability for children's wellbeing. They have particular responsibility for vulnerable groups of children, including those for whom they are corporate parents. The Lead Member should provide political leadership whilst the Director of Children's Services should provide professional leadership.")
                Legislation("The Equality Act 2010 places an additional responsibility on public organisations to consider the needs of Protected Characteristics (age, disability, sex, ethnicity, religion and belief, gender reassignment, pregnancy and maternity) and the effect of changes on them. This legislation also asks public organisations to support communities to get along better and understand each other. Both requirements are valid for adults and children.")
                Legislation("The 2012 Adoption Action Plan tackling Delay. This plan explains the changes the Government has made to speed up the adoption system in England. The action plan sets out a range of proposals to speed up the process for adopting children; to overhaul the service for prospective adopters; and to strengthen local accountability for the timeliness of adoption services.")
                Legislation("The Children and Social Work Act 2017. This requires Local Authorities to publish a Local Offer for Care Leavers about services they provide and adds a new provision of the Children Act 1989, extending the entitlement to a Personal Adviser beyond the age of 21 to all care Leavers up to 25, whether or not they are in education or training.")
                Legislation("The 2017 (ILAC) Ofsted Inspection Framework. This document sets out the Framework and evaluation schedule for the inspection of services for children in need of help and protection; Children Looked After and Care Leavers.")
            }
            Section("4. Corporate Parenting Training for Elected Members") {
                ExpectationSet("Corporate Parenting Training for Elected Members", audience: "Elected Members", items: [
                    "Elected Members have a responsibility to ensure that services for our children and young people are good and to ensure there are sufficient resources and accommodation choice.",
                    "Elected Members scrutinise services and have an overview of performance measures to ensure children in care are safe and services are effective.",
                ])
                Arrangement("All Elected Members can undertake training to ensure they have the knowledge to fulfil their safeguarding and Corporate Parenting responsibilities.")
            }
        }
    }

    /// What the appendices say about the Charter besides its promises: two paragraphs printed under the Pledge's
    /// heading.
    static let charterSummary = "Complementing the Pledge, the council and its partners support the principles, values and commitments as detailed in the Charter for Care Leavers produced by the Department for Education and the Care Leavers Foundation and amended by the Children and Care Council members to be more meaningful for them.\n\nThe Charter for Care Leavers is designed to raise expectation, aspiration and understanding of what care leavers need and what the government and local authorities should do to be good Corporate Parents. Middlesbrough Council has adopted the Charter and is committed to improving outcomes for Care Leavers as reflected in the charter."
}
