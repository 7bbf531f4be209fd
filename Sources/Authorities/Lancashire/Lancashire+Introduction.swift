import CorporateParenting

extension Lancashire {
    /// The cover: title, period and the four quotations from young people, without their enclosing quotation marks.
    @ContentBuilder<PackElement>
    static var cover: [PackElement] {
        Section("Cover") {
            Strategy("Corporate Parenting Strategy", period: .years(2022, 2026))
            Voice("Young peoples’ input into the Corporate Parenting Strategy is massively important as we have the lived experience of what it is like to be a child looked after in Lancashire.")
            Voice("We have first-hand experience of what the local authority is like as a Corporate Parent and what could be done to improve this so we get the best experience possible.")
            Voice("We want to be kept informed of decisions that are made and the reasons behind why they have been made. This is our strategy and we want to affect how services are run and make sure they work for us.")
            Voice("We want our voices to be heard and what we ask for and discuss to be acted upon.")
        }
    }

    /// The introduction, its ambition, how the council says it acts, the cohort and the four signatories.
    @ContentBuilder<PackElement>
    static var introduction: [PackElement] {
        Section("Introduction") {
            Vision("This strategy sets out our ambition to ensure the children for whom we act as corporate parent have what they need to live the happy and fulfilling life they deserve.")
            Value("We always act in the best interests of the children and young people in our care and those leaving our care, and we have the highest aspirations for them all. We work collaboratively with our partners to enable children and young people to access and make the best use of our services and strive to listen to and act upon what children and young people tell us about their experiences.")
            CohortFigure("children and young people across Lancashire", 3000, qualifier: "more than")
            Signatory(name: "Angie Ridgwell", role: "Chief Executive of Lancashire County Council")
            Signatory(name: "Cllr Philippa Williamson", role: "Leader of the County Council")
            Signatory(name: "Cllr Cosima Towneley", role: "Cabinet Member for Children and Families")
            Signatory(name: "Cllr Stephen Clarke", role: "Chair of Corporate Parenting Board")
        }
    }

    /// Section 1: the "good enough" test. The seven statutory principles it quotes are the framework's own.
    @ContentBuilder<PackElement>
    static var whatIsCorporateParenting: [PackElement] {
        Section("1. What is Corporate Parenting?") {
            Value("As a Corporate Parent we have the same goals for children in our care and moving on to independence as every good parent. We will always ask ourselves. If this was my child, would this be good enough?")
        }
    }
}
