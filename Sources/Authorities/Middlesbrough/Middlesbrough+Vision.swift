import CorporateParenting

extension Middlesbrough {
    /// The foreword, "Middlesbrough's Vision for Looked after Children and Young People": "Introduction:", "Vision
    /// and Principles › Principles", then the two signatures, which close the whole foreword (lines 107-116), so they
    /// sit after its sub-sections.
    @PackContent static var vision: [Entry] {
        Section("Middlesbrough's Vision for Looked after Children and Young People", line: 56) {
            introduction
            Section("Vision and Principles", line: 80) {
                principles
            }
            // "Councilor" and the two-line role are as printed.
            Signatory(name: "Councilor Mike Carr", role: "Lead Member Children's Services")
            Signatory(name: "Helen Watson", role: "Executive Director of Children's Services")
        }
    }

    /// "Introduction:" (lines 58-78).
    @PackContent static var introduction: [Entry] {
        Section("Introduction:", line: 58) {
            Vision("All children, regardless of circumstance need to know someone is fighting their corner, listening to their wishes and feelings and doing what they can to champion the very best outcomes for them. It is our belief that all children should be provided with **the Best Start in Life** and this should be no different for our Looked after Children.")
            // A governance fact with no body: the two signatories' posts hold the responsibility (in place). The
            // model has no role outside a body, so it stays here as the document's reason.
            Rationale("As Lead Member for Children's Services and Executive Director of Children's Services we have a special responsibility to ensure that the Council acts as a Corporate Parent for all children and young People in our care. This means, as a Council, we need to ensure each individual child and young person has their own needs addressed and is truly being well Looked After.")
            Vision("We want everything the best parents want for their children, we want our children and young people to feel happy and healthy, both physically and emotionally, to be safe and protected from harm and any form of exploitation. We want to support our children and young people each step of the way as they move on into adult life.")
            Value("We strongly believe that our children and young people are the future of Middlesbrough, and as corporate parents it is our responsibility to ensure we will deliver the best possible services for children and young people in our care.")
            // The second sentence is a wish to involve children, parents and carers in shaping services: an
            // intention, with no who-took-part or how, so not a co-production statement.
            Vision("We are ambitious for our children and young people, we want them to achieve their potential, especially at school, to make the most of the learning opportunities that they are offered and to participate in decision making that affects their care and their lives. We want our Looked after children and young people to work with us, along with their parents and carers in shaping how we manage and organise the planning and delivery of our services.")
            // Repeated as a Priority 1 commitment (line 277).
            Commitment("We are proud of our children and young people and will take every opportunity to celebrate their achievements and support them when things don't go right.")
            Value("Our Corporate Parenting Strategy invites us to collectively work together with a common purpose, putting the care of our Looked after Children and Young People at the heart of everything we do.")
            // The relation "informs". Line 78's "Sufficiency Plan" and line 95's "sufficiency plan" are probably the
            // same document; the text does not say so.
            Citation(.localPlan, "Sufficiency Strategy", text: "Our Corporate Parenting Strategy is informed by our Sufficiency Strategy.")
            Context("Local Authorities are required to take steps to secure, so far as is reasonably practicable, sufficient accommodation for children in care within their local area. Local Authorities have a statutory duty to act strategically through their commissioning and planning activity to address any gaps in provision and to make sure they have a range of suitable quality accommodation which meets the full range of the needs of their looked after children population.")
            // Attributed to "The Children Act 2008" as printed; the appendix cites "The Children and Young Persons
            // Act 2008" (probably the same Act; the document does not say).
            Citation(.legislation, "The Children Act 2008", text: "The Children Act 2008 defines sufficiency as")
            Definition(term: "sufficiency", text: "a whole system approach which delivers early intervention and preventative work to help support children and their families where possible, as well as providing better services for children if they do become looked after. For those who are looked after, Local Authorities and their Children's Trust partners should seek to secure a number of providers and a range of services, with the aim of meeting the wide-ranging needs of looked after children and young people within their local area.")
            // The reach of the sufficiency work (families staying together, returning home), not whom the
            // strategy covers: an aim.
            Aim("However, the scope is not restricted to just making good quality placements; the intention is to co-ordinate the range of activity across Children's Services, including a clear focus on supporting families to stay together, wherever it is safe to do so, thus minimising the need for children to come into care, or supporting their timely return to their families.")
            Rationale("As with any document, this strategy will only be of benefit if it is owned by key decision makers and used to inform service planning and development.")
            // The MALAP's responsibility for the strategy is on its body (remit, in place).
            Context("Consequently, the Multi-Agency Looked after Partnership (MALAP) is responsible for the oversight and updating of the Sufficiency Plan and Corporate Parenting Strategy.")
            // The strategy's review: "will ensure", so a commitment, owned by the MALAP as printed; "regularly"
            // gives no review date or frequency.
            Commitment("The Multi-Agency Looked after Partnership (MALAP) will ensure that these remain living documents that are regularly revised and refined as our knowledge and understanding of the needs of children and young people in care develop.",
                       owner: "The Multi-Agency Looked after Partnership (MALAP)")
        }
    }
}
