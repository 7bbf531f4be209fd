import CorporateParenting

extension NorthEastLincolnshire {
    /// "Outcomes for children and young people": the document's own name for its top level is "outcomes", and for
    /// the bullets under each outcome's title "key actions" ("These are the seven outcomes with key actions below
    /// each one:"). The outcomes are numbered "1." to "7." but never labelled "Outcome 1", so they carry a number
    /// and no label.
    @PackContent
    static var outcomesForChildrenAndYoungPeople: [Entry] {
        Section("Outcomes for children and young people", id: "outcomes-for-children-and-young-people", page: 6, line: 99) {
            Context("We have split the plan into seven outcomes, which cover every aspect of the lives and experiences of children and young people. If we make good progress against each of these, we will know we are doing what we set out to do.")
            StrategyScope(text: "While, we want every child or young person with care experience to achieve each of these outcomes, the specific things that we plan to do, to help us achieve each outcome, won't always apply to every child or young person. This will be based on their individual needs and circumstances.")
            Context("These are the seven outcomes with key actions below each one:")
            safeStableAndCaringPlaces
            healthyAndWell
            learningDevelopingAndAchieving
            trustedRelationships
            voiceAndInfluence
            safeAndProtected
            developingIndependence
        }
    }
}
