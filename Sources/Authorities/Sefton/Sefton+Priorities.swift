import CorporateParenting

extension Sefton {
    /// "Our Corporate Parenting Priorities": the lead-in, then the five priorities in the document's order. The
    /// document does not number them. Each heading prints the priority's title and its working group's chair
    /// ("Being Heard – Working Group Chair: Participation Officer."); the working groups have no names of their
    /// own, so each is a body named "Working Group" that serves its priority.
    @PackContent static var priorities: [Entry] {
        Section("Our Corporate Parenting Priorities", page: 6, line: 104) {
            // Line 106 holds several facts: the working groups (the bodies under each priority, with the stated
            // mapping to the seven principles), the Sefton Pledge (named, not set out in this document), and the
            // priorities identified with children and young people (who only; how many and how are not printed).
            Coproduction(
                "Taking account of the seven corporate parenting principles and the promise we have made to our young people in the Sefton Pledge, we have established 5 working groups to drive forward the key priorities identified in collaboration with our children and young people.",
                who: "our children and young people",
                mappings: [Mapping(principles: [2, 3], domains: [.voice], basis: .judged,
                                   note: "priorities identified in collaboration with children and young people")]
            )
            // The Pledge's promises are not in this document: a named document, not a pledge with no promises.
            Citation(.localPlan, "Sefton Pledge", text: "the promise we have made to our young people in the Sefton Pledge")
            // A dangling reference: nothing below is labelled as a board meeting's theme (perhaps the five
            // priorities, but the document does not say so), so the board's themes are left empty.
            Context("Each board meeting is 'themed' as outlined below.")
            Context("Our priorities are set out below with the actions we will take to address them.")
            beingHeard
            safeAndStableHomes
            raisingAspirations
            healthAndWellbeing
            transitionAndPreparationForAdulthood
        }
    }

    /// One priority's working group, from its heading: chaired by the post printed there, reporting to the board
    /// (line 106, "The working groups report directly to the Corporate Parenting Board."). Line 106 says the
    /// working groups were established "Taking account of the seven corporate parenting principles": a stated
    /// mapping, general to all five (no priority is paired with a principle).
    static func workingGroup(_ id: ID<Body>, chair: String, serves item: ID<Item>) -> Body {
        Body(
            .workingGroup, id, "Working Group",
            roles: [.chair(chair, wording: "Working Group Chair:")],
            reportsTo: [Reporting("corporate-parenting-board",
                                  wording: "The working groups report directly to the Corporate Parenting Board.")],
            serves: [item],
            mappings: [Mapping(principles: [1, 2, 3, 4, 5, 6, 7], basis: .stated,
                               note: "Taking account of the seven corporate parenting principles ... we have established 5 working groups")]
        )
    }
}
