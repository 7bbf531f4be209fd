import CorporateParenting

extension NorthEastLincolnshire {
    /// Outcome 6. Its one-paragraph vision holds four commitments after the vision sentence; its success paragraph
    /// ends in a commitment. It prints no "What we will do", no measures and no key partners.
    @PackContent
    static var safeAndProtected: [Entry] {
        Section("6. Safe and protected at home, online and in the community", page: 32, line: 405) {
            Outcome(
                "safe-and-protected", "Safe and protected at home, online and in the community", number: 6,
                principles: [1, 6], domains: [.safety], note: "safeguarding, safe placements; \"feel safe and have stability\" (423)"
            ) {
                KeyAction("o6-understand-risks", "Work together to understand risks, vulnerabilities and needs in the home, in communities and online")
                KeyAction("o6-respond-to-harm", "Respond together to harm, abuse and exploitation early, effectively and in child-centred and trauma-informed ways")
                KeyAction("o6-avoid-criminal-behaviour", "Work holistically with young people to avoid criminal behaviour and activity")
                Section("Vision", page: 32, line: 411) {
                    Vision("Our vision is to ensure that the safeguarding of looked after children and young people is prominent in the work of North East Lincolnshire Safeguarding Children Partnership")
                    Partner("North East Lincolnshire Safeguarding Children Partnership")
                    Commitment("we will seek to provide high quality safeguarding training to all staff and carers working with children and young people looked after.")
                    Commitment("And ensure that safeguarding is a central consideration in all care plans, placement plans and pathway plans.")
                    Commitment("We will seek to do all we can to provide children and young people with safe placements in safe environments.")
                    Commitment("We will work collaboratively and persistently to reduce the extent of children and young people going missing from their placements and to reduce the risks faced by young people of exploitation and exposure to criminal behaviour")
                }
                Section("What Is The Challenge", page: 32, line: 415) {
                    Challenge("The challenge is articulating and sharing the understanding of risk across our systems, particularly when we have not engaged preventatively and effectively with families to support children in the community.")
                    Challenge("A lack of confidence and trust in stakeholder relationships have prevented effective and meaningful collaborative plans to keep children and young people safe and share risk across our areas.")
                }
                Section("What Will Success Look Like", page: 32, line: 421) {
                    Aim("All children young people and families will have access to support advice and guidance that enables them to manage risk appropriately within communities and families. That supports them to have access to highly trained staff who can assist children and families to feel safe and have stability in their lives.")
                    Commitment("We will ensure that were children have to enter in to our care because of neglect and abuse We will do everything we can to keep children safe, help them recover from trauma they may have experienced and protect them from further harm.")
                }
            }
        }
    }
}
