import CorporateParenting

extension Sefton {
    /// "Sefton's Vision": the vision, then the values list. The lead-ins "Our vision is:" and "The values we bring
    /// to help us realise our vision are:" are connective and left out. The list's ninth bullet is not a value: it
    /// aligns the vision to the Children and Young Peoples plan, so it is that plan's citation, kept in its place.
    /// The values are unnamed, so they are values, not local principles.
    @PackContent static var vision: [Entry] {
        Section("Sefton's Vision", page: 5, line: 86) {
            Vision("To be the best corporate parents we can be, working together to provide children and young people in our care with happy and healthy childhoods, helping them reach and exceed their potential and aspirations, and supporting them into successful adulthood.")
            Value("We must be the strongest champions of, and advocates for, all our cared for and care experienced children and young people.")
            Value("We should have positive regard for all cared for and care experienced children and young people and make sure that all are nurtured, feel loved and supported.")
            Value("Cared For and Care Experienced children and young people are 'our' children and young people, and we must have strong ambitions and aim high for all.")
            Value("All our young people are individuals and unique and we must parent each child as such.")
            Value("We must build trusting relationships with our children and young people so they feel able to give us their views and can talk to us about their wishes and feelings, their anxieties and hopes.")
            Value("We must listen to our children and young people and take account of their views on all matters which affect them.")
            Value("We must be resilient and persistent parents with an uncompromising approach to doing the best for our children and young people and a willingness to 'go the extra mile'.")
            Value("We want to continuously improve as Corporate Parents and continuously improve outcomes for our young people.")
            Citation(.localPlan, "Children and Young Peoples plan (2020-2025)",
                     text: "Our vision for our children aligns to the Children and Young Peoples plan (2020-2025). We maximize the health and wellbeing of all our children and young people living in Sefton, through the themes of safe, heard, happy, healthy, achieving.")
        }
    }
}
