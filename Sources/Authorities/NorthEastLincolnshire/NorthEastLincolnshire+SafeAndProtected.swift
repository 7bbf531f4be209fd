import CorporateParenting

extension NorthEastLincolnshire {
    /// Outcome 6. It has no "What we will do", no measures and no key partners; "What Will Success Look Like" is a
    /// paragraph, encoded as two outcome statements.
    @ContentBuilder<PackElement>
    static var safeAndProtected: [PackElement] {
        Section("6. Safe and protected at home, online and in the community") {
            Priority(
                "safe-and-protected", "Safe and protected at home, online and in the community", number: 6,
                principles: [1, 6], domains: [.safety]
            ) {
                Commitment(.aim, "Work together to understand risks, vulnerabilities and needs in the home, in communities and online")
                Commitment(.aim, "Respond together to harm, abuse and exploitation early, effectively and in child-centred and trauma-informed ways")
                Commitment(.aim, "Work holistically with young people to avoid criminal behaviour and activity")
                Section("Vision") {
                    Vision("Our vision is to ensure that the safeguarding of looked after children and young people is prominent in the work of North East Lincolnshire Safeguarding Children Partnership we will seek to provide high quality safeguarding training to all staff and carers working with children and young people looked after. And ensure that safeguarding is a central consideration in all care plans, placement plans and pathway plans. We will seek to do all we can to provide children and young people with safe placements in safe environments. We will work collaboratively and persistently to reduce the extent of children and young people going missing from their placements and to reduce the risks faced by young people of exploitation and exposure to criminal behaviour")
                }
                Section("What Is The Challenge") {
                    Challenge("The challenge is articulating and sharing the understanding of risk across our systems, particularly when we have not engaged preventatively and effectively with families to support children in the community.")
                    Challenge("A lack of confidence and trust in stakeholder relationships have prevented effective and meaningful collaborative plans to keep children and young people safe and share risk across our areas.")
                }
                Section("What Will Success Look Like") {
                    Outcome("All children young people and families will have access to support advice and guidance that enables them to manage risk appropriately within communities and families. That supports them to have access to highly trained staff who can assist children and families to feel safe and have stability in their lives.")
                    Outcome("We will ensure that were children have to enter in to our care because of neglect and abuse We will do everything we can to keep children safe, help them recover from trauma they may have experienced and protect them from further harm.")
                }
            }
            Section("Vision") {
                WorkingGroup(
                    "nel-safeguarding-children-partnership", "North East Lincolnshire Safeguarding Children Partnership",
                    kind: .partnership,
                    remit: "the safeguarding of looked after children and young people is prominent in the work of North East Lincolnshire Safeguarding Children Partnership"
                )
            }
        }
    }
}
