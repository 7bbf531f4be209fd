import CorporateParenting

extension Sefton {
    /// "Foreword", under its own title "Listening to our children." (a short stand-alone line ending in a full
    /// stop, like the body's other headings: read as a sub-heading, a judgement), signed by the Cabinet Member.
    @PackContent static var foreword: [Entry] {
        Section("Foreword", page: 2, line: 28) {
            Section("Listening to our children.", id: "listening-to-our-children", line: 32) {
                Value("All children want to feel loved, be safe and well looked after.")
                // The ambition covers "all our children and young people", wider than children in care.
                Vision("We have ambition for Sefton to be an outstanding place for all our children and young people to grow up in.")
                Aim("We want all of our services to enable and support every child and young person to reach their full potential, to feel cared for, well looked after and safe through any challenges that they may face.")
                Rationale("How well we care for the children and young people in our care is a measure of our commitment to that vision.")
                // The national picture, with no figure, source or period.
                Context("Nationally, care experienced children and young people do less well in education, employment and are more likely to have poorer outcomes later in life, but as corporate parents to children in our care, we have the ability to change this in Sefton.")
                Definition(
                    term: "corporate parent",
                    text: "Every council elected member and officer working together with all our partners in education, health and police is a corporate parent with the ability and a duty to make a positive difference to the children in our care."
                )
                // The only place the document names the police.
                Partner("education")
                Partner("health")
                Partner("police")
                Aim("To help them grow into the adults they deserve to be, fulfilling their full potential and achieving their dreams.")
                Context("This strategy sets out how Sefton Council and our partners act as corporate parents to children and young people living in our care. How to recognise our role and what we can all contribute to be the best corporate parents to the children in our care.")
                // "our Partnerships commitment": the owner is printed (capitalised and not defined).
                Commitment(
                    "It sets out our Partnerships commitment to always listen to our children and give them a voice and then to advocate to ensure that their needs are met in the best way.",
                    owner: "our Partnerships",
                    mappings: [Mapping(principles: [2, 3], domains: [.voice], basis: .judged,
                                       note: "listen to our children, give them a voice and advocate for their needs")]
                )
                // The test of line 62 in other words ("Would this be good enough for my child?"): an alternate
                // wording, not a contradiction.
                Value("To always challenge ourselves and each other to ask, 'is this good enough for my child?' and ensure that it always is.")
                // Her portfolio title differs from the Corporate Parenting Board section's (see inconsistencies).
                Signatory(
                    name: "Councillor Diane Roscoe",
                    role: "Cabinet Member for Children, Schools and Families & Chair of the Sefton Corporate Parenting Board."
                )
            }
        }
    }
}
