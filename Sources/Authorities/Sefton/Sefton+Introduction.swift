import CorporateParenting

extension Sefton {
    /// "Introduction": no text of its own; three sub-sections. "Corporate Parenting Principles" is read as the
    /// Introduction's third sub-section (it shares page 4 with "Why do we have...?"; a judgement of level).
    @PackContent static var introduction: [Entry] {
        Section("Introduction", page: 3, line: 52) {
            whatIsCorporateParenting
            whyDoWeHaveAStrategy
            corporateParentingPrinciples
        }
    }

    @PackContent static var whatIsCorporateParenting: [Entry] {
        Section("What is Corporate Parenting", page: 3, line: 54) {
            Definition(
                term: "Corporate Parenting",
                text: "'Corporate Parenting' is the term that is used to describe the responsibilities that a local authority or council has when a child or young person can no longer be looked after by their parent(s) or family."
            )
            Context("A Court will have decided that it is in a child's best interest for this to happen.")
            Citation(.legislation, "Children and Social Work Act 2017",
                     text: "The Children and Social Work Act 2017 states that a Local Authority is the Corporate Parent of Cared For and Care Experienced children and young people.")
            // The document's paraphrase of the Act's duties: the principles in other words, kept as context rather
            // than a second list of principles.
            Context("It should act in the best interests of these children and young people; keeping them safe; promoting their physical and mental wellbeing, encouraging them to express their views, wishes and feelings. It should make sure that they live in stable homes, have consistent education or training, and healthy relationships. It should have high aspirations for children and help them prepare for adulthood and independent living.")
            // The document gives the guidance no fuller title; none is supplied.
            Citation(.guidance, "Statutory Guidance to the Act (2018)",
                     text: "Statutory Guidance to the Act (2018) states that the role that councils play in looking after children is one of the most important things they do. It describes the 'unique responsibility' councils have towards these children and defines a simple and critical question for Corporate Parents to ask when considering matters affecting Cared For and Care Experienced children and young people –")
            // The Guidance's question, quoted.
            Context("“Would this be good enough for my child?”")
            Mechanism("The Guidance goes on to stress that all elected members and officers of a council should share corporate parenting responsibilities towards Cared For and Care Experienced children and young people.")
            Context("A test of the strength of a Corporate Parenting approach is that these responsibilities are a priority for everyone, both elected members and officers, and all are concerned about Cared For and Care Experienced children and young people –")
            // The Guidance's words, quoted.
            Context("“As if they were their own.”")
        }
    }

    @PackContent static var whyDoWeHaveAStrategy: [Entry] {
        Section("Why do we have a Corporate Parenting Strategy?", page: 4, line: 68) {
            Aim("This Strategy ensures we deliver the best outcomes for the children and young people we care for.")
            Commitment(
                "We are committed to making sure that every child has the best possible start in life, is given help to achieve their potential, and has a safe and positive experience with us as their Corporate Parent.",
                mappings: [Mapping(principles: [1, 5, 6], basis: .judged,
                                   note: "best possible start in life (1), achieve their potential (5), a safe experience (6)")]
            )
            // "0-18 years" is the age at which children come into care, not an age limit on the strategy, which
            // is "for all Cared For and Care Experienced children and young people" and prints no upper age: the
            // scope's ages are left absent rather than read as 0-18.
            StrategyScope(
                text: "Our children come to be cared for by us due to a variety of reasons, and at all ages from 0-18 years; this strategy is for all Cared For and Care Experienced children and young people.",
                groups: ["all Cared For and Care Experienced children and young people"]
            )
        }
    }

    /// The seven statutory principles as the document quotes them (in its own wording, unnumbered here; the
    /// seventh has no full stop). They are the statutory principles, not the council's own, so they are context,
    /// not local principles.
    @PackContent static var corporateParentingPrinciples: [Entry] {
        Section("Corporate Parenting Principles", page: 4, line: 72) {
            Citation(.legislation, "Children and Social Work Act 2017",
                     text: "The Children and Social Work Act 2017 set out seven corporate parenting principles to which councils should have regard in exercising their responsibilities to cared for and care experienced children and young people:")
            Context("To act in the best interests, and promote the physical and mental health and wellbeing, of those children and young people.")
            Context("To encourage those children and young people to express their views, wishes and feelings.")
            Context("To take into account the views, wishes and feelings of those children and young people.")
            Context("To help those children and young people gain access to, and make best use of, services provided by the local authority and its relevant partners.")
            Context("To promote high aspirations, and seek to secure the best outcomes, for those children and young people.")
            Context("For those children and young people to be safe, and for stability in their home lives, relationships and education or work.")
            Context("To prepare children and young people for adulthood and independent living")
            Context("These principles are not new requirements, but rather describe a way of embedding a positive culture in local authorities and provide a framework which helps local authorities understand and comply with their duties to these young people.")
            // One of the two places the document ties its own conduct to the principles: a stated mapping to all
            // seven (the conduct of Officers, Carers and Elected members), not a mapping of any one priority.
            Commitment(
                "Sefton Council welcomes and supports these principles and aims and is determined that Officers, Carers and Elected members act according to the principles in their corporate parenting roles.",
                owner: "Sefton Council",
                mappings: [
                    Mapping(principles: [1, 2, 3, 4, 5, 6, 7], basis: .stated,
                            note: "is determined that Officers, Carers and Elected members act according to the principles"),
                    Mapping(domains: [.governance], basis: .judged, note: "the conduct of officers, carers and elected members"),
                ]
            )
        }
    }
}
