import CorporateParenting

extension Sefton {
    /// "Table of Contents": its 14 entries as printed (dot leaders kept, the tab before the page number read as a
    /// space). The page numbers are also on the sections they point to (`page:`). The contents page leaves out
    /// the body heading "Health and Wellbeing – ..." (an omission of the contents page, not a fifth-priority
    /// question: the body has five priorities and says "5 working groups"), and prints "Sefton’s Vision" and
    /// "Children and Young People’s Voices" with curly apostrophes where the body has straight ones (typography only).
    @PackContent static var tableOfContents: [Entry] {
        Section("Table of Contents", line: 9) {
            Context("Foreword..... 2")
            Context("Introduction 3")
            Context("What is Corporate Parenting 3")
            Context("Why do we have a Corporate Parenting Strategy? 4")
            Context("Corporate Parenting Principles..... 4")
            Context("Sefton’s Vision..... 5")
            Context("Our Corporate Parenting Priorities..... 6")
            Context("Being Heard – Working Group Chair: Participation Officer..... 6")
            Context("Safe and Stable homes – Working Group Chair: Service Manager. Fostering & Adoption..... 6")
            Context("Raising Aspirations – Working Group Chair: Head Teacher. Virtual School..... 7")
            Context("Transition and preparation for Adulthood – Working Group Chair: Service Manager. Cared For and Care Experienced Young People..... 8")
            Context("Children and Young People’s Voices..... 10")
            Context("Corporate Parenting Board..... 11")
            Context("Corporate Parenting Responsibilities 12")
        }
    }
}
