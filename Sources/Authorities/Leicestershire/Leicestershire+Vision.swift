import CorporateParenting

extension Leicestershire {
    /// "Leicestershire": the vision, the mission, the children and care leavers the council is parent to, and
    /// its corporate parenting ethos.
    @ContentBuilder<PackElement>
    static var leicestershire: [PackElement] {
        Section("Leicestershire") {
            Section("OUR VISION") {
                Vision("Leicestershire is the best place for all children, young people and their families")
                Vision("This means that we will describe the outcomes we want to achieve for children, young people and their families and identify measures that can tell us how well we are achieving against them. We will aim to be the best performing local authority in the country against these measures, and where we are not yet there we will set stretching targets for annual improvement.")
            }
            Section("OUR MISSION") {
                Mission("Children and young people in Leicestershire are safe and living in families where they can achieve their potential and have their health, wellbeing and life chances improved within thriving communities.")
            }
            // "currently¹ ... ¹ As at August 2019"
            CohortFigure("children and young people in care", 613, asAt: PartialDate(year: 2019, month: 8))
            CohortFigure("care leavers", 229, asAt: PartialDate(year: 2019, month: 8))
            Value("As a corporate parent the County Council has a collective responsibility to be a good parent to the children and young people in its care, so that they grow up happy, achieve well and have successful lives. This means the Council is expected to do what any responsible parent would do for their children.")
            Value("Responsible parents care about their children's safety and their health, their education and their leisure interests, their friendships and their futures. They know about their children's development and what their talents and achievements are, they understand their problems. They support their child's education, listen and talk to their children so they understand their needs, and hear and respond to their worries.")
            Value("Leicestershire has a strong corporate parenting ethos which recognises that the care we provide for our children is not just about keeping them safe, but also to promote recovery, resilience and well-being. To achieve this, we recognise the importance of stability for our children and our ambition to secure emotional attachment, physical stability and long-term commitment for our children.")
            Value("Leicestershire County Council also recognises the importance of education in transforming life chances for children and young people and our aim is that all children in care can receive prompt access to appropriate, stable education placements and positive educational experiences.")
        }
    }
}
