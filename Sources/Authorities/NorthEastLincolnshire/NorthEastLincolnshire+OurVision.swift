import CorporateParenting

extension NorthEastLincolnshire {
    /// "Our vision for all children and young people".
    @PackContent
    static var ourVision: [Entry] {
        Section("Our vision for all children and young people", page: 5, line: 75) {
            Vision("We believe that every child and young person in North East Lincolnshire should have the best possible start in life and the opportunity to thrive. We want to ensure children and young people receive the right support, at the right time, and in the right place.")
            Vision("For children and young people with care experience, our vision is no different.")
            Vision("We recognise that children and young people, who have care-experience, can face additional challenges that others their age may not. As their corporate parents, and in spite of these obstacles, we want them to achieve good outcomes in all aspects of their lives.")
            Value("For this reason, our ambition to be good corporate parents goes far beyond any laws. Instead, we have a moral, social and economic responsibility, as public services, civil society, local communities and wider society, to work together to equip and empower our care-experienced children and young people to succeed and thrive.")
        }
    }
}
