import CorporateParenting

extension Leicestershire {
    /// The cover, "Our Children, Our Future". Its subtitle ("Leicestershire's commitment to inspire, support and
    /// enable ...") is the document's `subtitle`, so the section holds nothing more; the stray "A" (line 18) is
    /// extraction noise.
    @PackContent static var ourChildrenOurFuture: [Entry] {
        Section("Our Children, Our Future", line: 4)
    }
}
