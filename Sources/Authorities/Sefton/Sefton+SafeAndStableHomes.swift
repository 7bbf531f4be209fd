import CorporateParenting

extension Sefton {
    /// "Safe and Stable homes": an aim, two challenges and eleven "We will" bullets.
    @PackContent static var safeAndStableHomes: [Entry] {
        Section("Safe and Stable homes – Working Group Chair: Service Manager. Fostering & Adoption.", page: 6, line: 122) {
            workingGroup("safe-and-stable-homes-working-group", chair: "Service Manager. Fostering & Adoption",
                         serves: "safe-and-stable-homes")
            Priority("safe-and-stable-homes", "Safe and Stable homes", principles: [1, 6, 7], domains: [.homes, .adulthood],
                     note: "a safe and stable home (6); kinship and placement choice in their best interests (1); staying put and semi-independent accommodation towards independence (7)") {
                Aim("We will ensure all children and young people have a safe and stable home environment.")
                Challenge("Our children have a very diverse range of needs and having a wide range of placements is essential to meet those different needs – the lack of placement choice can be an issue for social workers and young people alike.")
                Challenge("As young people move towards independence, we also need a wide variety of supported, semi-independent placements and permanent housing options for our young people.")
                // Eleven "We will" bullets, each kept whole with its modal as printed ("Always seek to", "should",
                // "Recognise", "Strive to", no verb at all in "All children to be placed...").
                Commitment("Always seek to enable cared for children to live with extended family or kinship members when possible. Where this is not possible fostering should be a first option.")
                Commitment("Recognise that residential care may be a positive choice for some young people.")
                Commitment("Maintain our strong focus on recruiting more in-house foster carers investing strongly in their support and training and validating the contribution they make to our corporate parenting.")
                Commitment("Strive to place our children with providers rated as 'outstanding' or 'good'.")
                Commitment("All children to be placed in regulated or registered provision.")
                Commitment("Seek to minimise the number of placement moves children may experience, especially those which are unplanned.")
                Commitment("Ensure all children and young people, where possible, are placed in Sefton.")
                Commitment("Develop and gather key data in relation to internal and external placement provision.")
                Commitment("Ensure all placements have robust care plans and Individual placement agreements in place.")
                // The priority's only age band (18-21) belongs to this action, not to the strategy's scope.
                Commitment("Seek to provide the offer of 'staying put', to young people 18-21yrs old living with foster carers subject to their wishes.")
                Commitment("Work with social housing and third sector organisations to commission and provide a range of supported semi-independent accommodation and permanent housing options for our care experienced young people.")
                Partner("social housing")
                Partner("third sector organisations")
            }
        }
    }
}
