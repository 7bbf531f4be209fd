import CorporateParenting

extension NorthEastLincolnshire {
    /// "Our plan of action".
    @PackContent
    static var ourPlanOfAction: [Entry] {
        Section("Our plan of action", page: 5, line: 85) {
            Context("We have a plan for how North East Lincolnshire can be the best possible corporate parents we can be. We want to be clear about what is expected of us, what we want to achieve and how we aim to do that.")
            Aim("Essentially, the strategy is about one thing: making the lives and prospects of all care-experienced children and young people in North East Lincolnshire better. It sounds simple, but it will take time, hard work and involve challenges along the way. But, by working together, holding each other to account, and delivering on our plan, we believe we can turn our words into positive outcomes in the lives of care-experienced children and young people across North East Lincolnshire.")
        }
    }
}
