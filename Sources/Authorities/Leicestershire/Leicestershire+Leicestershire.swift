import CorporateParenting

extension Leicestershire {
    /// "Leicestershire": the vision (for all children) and what it means, the mission, then the children and care
    /// leavers the council is parent to, the good-parent test, and its aims for stability and education. The
    /// diagram the last paragraph introduces has no extracted text.
    @PackContent static var leicestershire: [Entry] {
        Section("Leicestershire", line: 98, capture: .partial) {
            Section("OUR VISION", line: 100) {
                Vision("Leicestershire is the best place for all children, young people and their families")
                // What the vision means: commitments, and a whole-council performance mechanism (outcomes,
                // measures, stretching targets). No measure, target or figure is printed with them.
                Commitment("This means that we will describe the outcomes we want to achieve for children, young people and their families and identify measures that can tell us how well we are achieving against them.")
                Commitment("We will aim to be the best performing local authority in the country against these measures, and where we are not yet there we will set stretching targets for annual improvement.")
            }
            Section("OUR MISSION", line: 106) {
                Mission("Children and young people in Leicestershire are safe and living in families where they can achieve their potential and have their health, wellbeing and life chances improved within thriving communities.")
            }
            // The rest of the page has no heading of its own: it continues "Leicestershire", not the mission.
            // "currently¹" points to the footnote "¹ As at August 2019" (line 114), the figures' only date.
            StrategyScope(
                text: "Leicestershire County Council is currently¹ the corporate parent to 613 children and young people in care and 229 care leavers.",
                groups: ["children and young people in care", "care leavers"],
                figures: [
                    Figure(613, .count, kind: .count, group: "children and young people in care", scope: .authority,
                           period: "As at August 2019"),
                    Figure(229, .count, kind: .count, group: "care leavers", scope: .authority,
                           period: "As at August 2019"),
                ]
            )
            Rationale("As a corporate parent the County Council has a collective responsibility to be a good parent to the children and young people in its care, so that they grow up happy, achieve well and have successful lives. This means the Council is expected to do what any responsible parent would do for their children.")
            Context("Responsible parents care about their children's safety and their health, their education and their leisure interests, their friendships and their futures. They know about their children's development and what their talents and achievements are, they understand their problems. They support their child's education, listen and talk to their children so they understand their needs, and hear and respond to their worries.")
            Value("Leicestershire has a strong corporate parenting ethos which recognises that the care we provide for our children is not just about keeping them safe, but also to promote recovery, resilience and well-being.")
            Aim("To achieve this, we recognise the importance of stability for our children and our ambition to secure emotional attachment, physical stability and long-term commitment for our children.")
            Aim("Leicestershire County Council also recognises the importance of education in transforming life chances for children and young people and our aim is that all children in care can receive prompt access to appropriate, stable education placements and positive educational experiences.")
            Provision("The Leicestershire Virtual School actively promotes the education of our children in care, working with schools, settings and wider services within and beyond Leicestershire to secure prompt access to quality education, appropriate to their identified needs and minimise disruption to stable provision.")
            // Not captured: the diagram this introduces has no text in the extraction (line 135 is blank).
            Context("The importance of corporate parenting responsibility to help drive this ambition is outlined in the following diagram:")
        }
    }
}
