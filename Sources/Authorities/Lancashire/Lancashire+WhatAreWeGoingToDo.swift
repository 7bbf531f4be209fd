import CorporateParenting

// Section 4 sets out eight objectives, each under an "Objective N" heading: a title sentence (the objective's
// title), one or two statements in quotation marks (its aims, kept with their marks), then what is done.
// Present-tense accounts of what already happens are provision; "We will", "we are committed to" are commitments;
// what is under way ("are working", "are developing", "are improving") is a step with its status as printed.
// The objectives' mappings are the encoder's judgement: the document maps none of them to a principle.
extension Lancashire {
    /// "4. What are we going to do?": the eight key objectives, jointly produced with children and young people.
    @PackContent
    static var whatAreWeGoingToDo: [Entry] {
        Section("4. What are we going to do?", line: 164) {
            // "under our 4 priorities", but which objective sits under which priority is not stated.
            Coproduction(
                "We have listened to our children and young people and jointly produced eight key objectives that will improve the care and support for them under our 4 priorities.",
                who: "our children and young people", how: "jointly produced",
                mappings: [Mapping(principles: [2, 3], domains: [.voice], basis: .judged,
                                   note: "objectives produced jointly with children and young people after listening to them")]
            )
            objectiveOne
            objectiveTwo
            objectiveThree
            objectiveFour
            objectiveFive
            objectiveSix
            objectiveSeven
            objectiveEight
        }
    }
}
