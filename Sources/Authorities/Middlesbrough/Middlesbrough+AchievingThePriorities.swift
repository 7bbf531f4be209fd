import CorporateParenting

extension Middlesbrough {
    /// Section 2: Achieving the Priorities. Each priority is titled by its Section 2 heading (the contents list
    /// and Section 1 word several differently; see `ourPriorities`) and sets out "What we need to improve",
    /// "What we will do" and "What this means in practice". The document sets no outcomes or measures under them.
    @ContentBuilder<PackElement>
    static var achievingThePriorities: [PackElement] {
        Section("Section 2") {
            priority1
            priority2
            priority3
            priority4
            priority5
            priority6
            priority7
        }
    }
}
