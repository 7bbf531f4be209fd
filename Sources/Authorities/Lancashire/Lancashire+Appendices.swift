import CorporateParenting

extension Lancashire {
    /// Appendix 1: the twelve top tips ("What our Children and Young People say"), each as "heading: text".
    @ContentBuilder<PackElement>
    static var topTips: [PackElement] {
        Section("Appendix 1 - Top Tips to Good Corporate Parenting") {
            ExpectationSet("Top Tips to Good Corporate Parenting", items: [
                "Know My Story: Understand why I am in care from reading my file, listening to me and getting to know me.",
                "Where I Live: Know where I live, who with and why I live here. Understand what has been difficult for me about where I have lived before, what I enjoy about my home now, how I am getting on with everyone and whether there are any worries.",
                "Family Time and Staying Connected: Understanding my family is important to me, know who I want to stay connected with and support me to keep in touch with those important to me. Is there a person I am not allowed to see? Then help me to understand why. Think through where, when, how often and how I want to meet with my family and friends.",
                "Purpose: Visit me regularly, keep in touch and understand why you are visiting me.",
                "Assess and Plan: Include me in assessments, plans and decisions about me. Know what you are saying (recommending) and why. How are you supporting me to achieve a sense of belonging and stability and is the plan still the right one?",
                "Ambition: Have high ambition for me for all parts of my life but also make it achievable for me.",
                "My voice and my 'lived experience': Listen to me, empower me to tell you what I really think and write it down. Are there other people important to me that can tell you what I want and how I feel? Think, how it feels being me.",
                "Visit: Spend time with me to do fun stuff and build a relationship. See me on my own, take me out and do unannounced visits on occasion to see what my everyday looks like unstaged. Think about the purpose of the visit and what needs to be achieved.",
                "Include Others: Other agencies have information about me, my past, worries, what I like, dislike etc. They may also see me more often than you and can help you in building up a picture of what help I may need and how my care plan should look like. My family may also have some important information.",
                "Know your Resources, Support and Community: Know what is out there that may benefit me and help me to access it.",
                "Child/Adolescent Development: Understand the trauma I have experienced, how it impacts on me and what growing up means for me.",
                "Identity and Diversity: Be aware of what is special and specific to me and embrace this with me. Challenge discrimination on my behalf and help me overcome difficulties.",
            ])
        }
    }

    /// Appendix 2: how progress is reviewed, the board's monitoring role and the separate outcome measures document.
    /// The board's chair is named by the signatories of the introduction; its frequency, members and whether young
    /// people sit on it are not stated.
    @ContentBuilder<PackElement>
    static var howWeWillKnow: [PackElement] {
        Section("Appendix 2 - How we will know we have made a difference") {
            WorkingGroup("pact-meetings", "Performance, Audit, Challenge, Track (PACT) meetings", kind: .panel,
                         remit: "Progress against our objectives is measured by a variety of key performance indicators and reviewed periodically through Performance, Audit, Challenge, Track (PACT) meetings and Data, Quality & Performance (DQP) meetings at senior manager, head of service and director level.")
            WorkingGroup("dqp-meetings", "Data, Quality & Performance (DQP) meetings", kind: .panel,
                         remit: "Progress against our objectives is measured by a variety of key performance indicators and reviewed periodically through Performance, Audit, Challenge, Track (PACT) meetings and Data, Quality & Performance (DQP) meetings at senior manager, head of service and director level.")
            Board("Corporate Parenting Board", chair: "Cllr Stephen Clarke", responsibilities: [
                "Progress and effectiveness are also monitored by the Corporate Parenting Board through service specific key performance indicators for Children's Services and partners.",
                "To monitor and improve the effectiveness of our Corporate Parenting Strategy we are developing outcome measures with our partners and the Corporate Parenting Board.",
            ])
            Arrangement("The document Corporate Parenting Strategy 2022-2026 Outcome Measures is published and updated in addition to this strategy.")
        }
    }

    /// Appendix 4: the thirteen items of legislation and guidance, as printed (the bold markup dropped).
    @ContentBuilder<PackElement>
    static var legislation: [PackElement] {
        Section("Appendix 4 - Legislation") {
            Legislation("The Children and Social Work Act 2017")
            Legislation("The Children Act 1989")
            Legislation("The Care Planning, Placement and Case Review, July 2021")
            Legislation("Planning transition to adulthood for care leavers; Revision January 2022")
            Legislation("The independent review of children's social care, May 2022")
            Legislation("Ofsted – Inspecting local authority children's services; April 2022")
            Legislation("NICE Guidance for looked-after children and young people; October 2021")
            Legislation("Promoting the health and well-being of looked-after children; 2015")
            Legislation("Promoting the education of looked-after and previously looked-after children; 2015")
            Legislation("Keep children in care out of trouble; 2016")
            Legislation("In care, out of trouble; 2016")
            Legislation("Keep on caring; 2016")
            Legislation("Lancashire County Council's procedure manual for children in our care and care leavers")
        }
    }

    /// Appendix 5: what elected members, district councils and partners should do.
    @ContentBuilder<PackElement>
    static var roleOfElectedMembers: [PackElement] {
        Section("Appendix 5 - The role of Elected Members/District Councils/Partners") {
            ExpectationSet("The role of Elected Members/District Councils/Partners",
                           audience: "Elected Members/District Councils/Partners", items: [
                "Have a clear understanding and awareness of the issues for looked after children and care leavers in the authority area and those placed out of area",
                "Champion the interests of looked after children and care leavers in all they do",
                "Ask questions about outcomes for children and challenge appropriately",
                "Ensure looked after children and care leavers have a say in how decisions are made about the services that affect them, so they can influence those decisions. This includes councillors engaging with the looked after children council and the leaving care council",
                "Provide meaningful work based training opportunities, including apprenticeships for care leavers within the council and its partners and contractors to improve their future prospects",
                "Ensure children placed out of county receive an equal service",
                "Ensure that the council, as Corporate Parent, is keeping the promise it has made in the Care Leavers Pledge",
                "Require evidence of improving positive outcomes and aspirational progress for Lancashire's looked after children",
                "Ask how all elements of council business have an impact for looked after children",
                "Make connections and links between council plans, strategies and decision-making for looked after children",
            ])
            // Named only; its content is not set out in the document.
            Pledge("care-leavers-pledge", "Care Leavers Pledge")
        }
    }
}
