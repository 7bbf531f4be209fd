import CorporateParenting

extension NorthEastLincolnshire {
    /// "What is corporate parenting?" and, beneath it, "The corporate parenting principles".
    @PackContent
    static var whatIsCorporateParenting: [Entry] {
        Section("What is corporate parenting?", page: 4, line: 45) {
            Definition(term: "Corporate parenting", text: "Corporate parenting is our responsibility to be loving, caring and aspirational for all children and young people who are in our care, or who have recently left our care as adults.")
            // Whom the strategy covers, from the definition: no ages are printed with it.
            StrategyScope(groups: [
                "children and young people who are in our care",
                "who have recently left our care as adults",
            ])
            Value("Above all else, this means protecting children and young people from harm and keeping them safe. But, importantly, it is about always striving for their best interests, nurturing their ambitions and helping our children and young people get the most out of life. Ultimately, it means they become independent and thriving young adults.")
            Value("At its heart, Corporate Parenting means always asking ourselves \"would this be good enough for my child?\"")
            Definition(term: "Corporate Parenting", text: "Corporate Parenting is the term used to describe the responsibility of local authorities towards children and young people in care.")
            Definition(term: "Corporate Parenting", text: "Corporate Parenting emphasises the collective responsibility of the local authority and its partners to achieve 'good parenting' for all children in care.")
            Mechanism("Corporate Parenting is not the sole responsibility of the children's social work services. It is the responsibility of the whole council, including councillors, our health service, and other partners.")
            Definition(term: "Good parenting", text: "'Good parenting' includes ensuring the child / young person's health, wellbeing, and safety as well as things like succeeding in school or other hobbies and interests based on their individual abilities and aspirations.")
            Mechanism("All Elected Members automatically hold Corporate Parenting Responsibilities. There are many different ways in which Elected Members can promote their Corporate Parenting responsibilities.")
            principles
        }
    }

    /// "The corporate parenting principles": the document's own seven, each the title of one outcome reworded (not
    /// the seven of the Children and Social Work Act 2017, which the document does not list). Each maps as its
    /// outcome does; the document states no mapping, so every one is a judgement.
    @PackContent
    static var principles: [Entry] {
        Section("The corporate parenting principles", line: 63) {
            Commitment("In delivering our strategy we will ensure that the local authority and all our partners have regards when exercising their functions to ensure all children and young people have the opportunity to have:")
            LocalPrinciple(name: "Safe, stable and caring places to live and call home", mappings: [
                Mapping(principles: [1, 6], domains: [.homes], basis: .judged, note: "worded as outcome 1"),
            ])
            LocalPrinciple(name: "Emotionally, physically and mentally health and wellbeing", mappings: [
                Mapping(principles: [1], domains: [.health], basis: .judged, note: "worded as outcome 2"),
            ])
            LocalPrinciple(name: "Access to Learning, developing, having fun and achieving", mappings: [
                Mapping(principles: [5], domains: [.education], basis: .judged, note: "worded as outcome 3"),
            ])
            LocalPrinciple(name: "To build Trusted relationships and a strong sense of identity and belonging", mappings: [
                Mapping(principles: [1, 6], domains: [.relationships], basis: .judged, note: "worded as outcome 4"),
            ])
            LocalPrinciple(name: "Are supported in making their voice heard and influencing decision-making", mappings: [
                Mapping(principles: [2, 3], domains: [.voice], basis: .judged, note: "worded as outcome 5"),
            ])
            LocalPrinciple(name: "Are supported to be safe and protected at home, online and in the community", mappings: [
                Mapping(principles: [1, 6], domains: [.safety], basis: .judged, note: "worded as outcome 6"),
            ])
            LocalPrinciple(name: "Are supported to develop independence", mappings: [
                Mapping(principles: [7], domains: [.adulthood], basis: .judged, note: "worded as outcome 7"),
            ])
        }
    }
}
