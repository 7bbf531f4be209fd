import CorporateParenting

extension NorthEastLincolnshire {
    /// The cover: "North East Lincolnshire Corporate Parenting Strategy 2023- 2025". No approval or review date,
    /// status or signatory is printed.
    @ContentBuilder<PackElement>
    static var cover: [PackElement] {
        Section("Corporate Parenting Strategy") {
            Strategy("Corporate Parenting Strategy", period: .years(2023, 2025))
        }
    }

    /// The opening sections, before the seven outcomes.
    @ContentBuilder<PackElement>
    static var introduction: [PackElement] {
        Section("What is corporate parenting?") {
            Value("Corporate parenting is our responsibility to be loving, caring and aspirational for all children and young people who are in our care, or who have recently left our care as adults.")
            Value("Above all else, this means protecting children and young people from harm and keeping them safe. But, importantly, it is about always striving for their best interests, nurturing their ambitions and helping our children and young people get the most out of life. Ultimately, it means they become independent and thriving young adults.")
            Value("At its heart, Corporate Parenting means always asking ourselves \"would this be good enough for my child?\"")
            Value("Corporate Parenting is the term used to describe the responsibility of local authorities towards children and young people in care.")
            Value("Corporate Parenting emphasises the collective responsibility of the local authority and its partners to achieve 'good parenting' for all children in care.")
            Value("Corporate Parenting is not the sole responsibility of the children's social work services. It is the responsibility of the whole council, including councillors, our health service, and other partners.")
            Value("'Good parenting' includes ensuring the child / young person's health, wellbeing, and safety as well as things like succeeding in school or other hobbies and interests based on their individual abilities and aspirations.")
            Arrangement("All Elected Members automatically hold Corporate Parenting Responsibilities. There are many different ways in which Elected Members can promote their Corporate Parenting responsibilities.")
        }
        // The document calls this list of its seven outcome headings "the corporate parenting principles"; they are
        // its own, not the seven of the Children and Social Work Act 2017 (see the inconsistencies).
        Section("The corporate parenting principles") {
            LocalPrinciple("Safe, stable and caring places to live and call home")
            LocalPrinciple("Emotionally, physically and mentally health and wellbeing")
            LocalPrinciple("Access to Learning, developing, having fun and achieving")
            LocalPrinciple("To build Trusted relationships and a strong sense of identity and belonging")
            LocalPrinciple("Are supported in making their voice heard and influencing decision-making")
            LocalPrinciple("Are supported to be safe and protected at home, online and in the community")
            LocalPrinciple("Are supported to develop independence")
        }
        Section("Our vision for all children and young people") {
            Vision("We believe that every child and young person in North East Lincolnshire should have the best possible start in life and the opportunity to thrive. We want to ensure children and young people receive the right support, at the right time, and in the right place.")
            Vision("For children and young people with care experience, our vision is no different.")
            Vision("We recognise that children and young people, who have care-experience, can face additional challenges that others their age may not. As their corporate parents, and in spite of these obstacles, we want them to achieve good outcomes in all aspects of their lives.")
            Vision("For this reason, our ambition to be good corporate parents goes far beyond any laws. Instead, we have a moral, social and economic responsibility, as public services, civil society, local communities and wider society, to work together to equip and empower our care-experienced children and young people to succeed and thrive.")
        }
        Section("Our plan of action") {
            Mission("We have a plan for how North East Lincolnshire can be the best possible corporate parents we can be. We want to be clear about what is expected of us, what we want to achieve and how we aim to do that.")
            Mission("Essentially, the strategy is about one thing: making the lives and prospects of all care-experienced children and young people in North East Lincolnshire better. It sounds simple, but it will take time, hard work and involve challenges along the way. But, by working together, holding each other to account, and delivering on our plan, we believe we can turn our words into positive outcomes in the lives of care-experienced children and young people across North East Lincolnshire.")
        }
        Section("The lived experience of care") {
            Value("What we say in the strategy comes out of the ambition with our children and young people who are currently in care, and those who have recently left our care. We will further this intent with follow up consultation. The need to engage more robustly with our young people is because they are the people who know first-hand what it is like to live in our care, but they are also the people who are most affected by what we say and do. Understanding and acting on their views, interests and lived experiences is fundamental to being a good corporate parent. All children and young people in care are different. We recognise that they all have their own individual strengths, needs and interests.")
            Arrangement("Moving forward we will undertake activity where children and young people will begin to contribute to our wider corporate strategy")
        }
    }
}
