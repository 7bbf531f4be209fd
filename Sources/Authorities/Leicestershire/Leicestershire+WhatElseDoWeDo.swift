import CorporateParenting

extension Leicestershire {
    /// "What else do we do to show that we care?": the offer itself is a diagram whose text extraction garbled.
    @ContentBuilder<PackElement>
    static var whatElseDoWeDo: [PackElement] {
        Section("What else do we do to show that we care?") {
            Value("We are dedicated and committed to ensuring that our children in care and care leavers feel very much thought of and cared for by Leicestershire. This is achieved not only by ensuring that the 7 corporate parenting principles are fully embedded, but also by providing a broader offer of engagement and contact that we consider essential to being good Corporate Parents.")
        }
    }
}
