import CorporateParenting

extension Leicestershire {
    /// "What else do we do to show that we care?": one paragraph introducing "a broader offer of engagement and
    /// contact". The offer itself is a picture. Its only extracted words are garbled and come out inside the
    /// governance paragraph (line 301); a cautious reading of them, not encoded because no item can be quoted
    /// whole: "Annual celebration of achievement"; "Lead by the VS a wide range of opportunities for fun and
    /// learning"; "Letter from DCS at 18 and 21"; "Ambitious Aspirational Inspirational"; "Lead member and AD
    /// engagemtent with CIC council."; a congratulations letter from the AD for exam results; "Driving le..."
    /// (illegible); "Elected Member scrutiny panel" (named nowhere else); Children in Care Council; SYPAC;
    /// Corporate Parenting Board. Whether that picture belongs to this section or to the governance one is not
    /// certain; its offer items match this section's words.
    @PackContent static var whatElseDoWeDo: [Entry] {
        Section("What else do we do to show that we care?", page: 10, line: 279, capture: .partial) {
            Commitment("We are dedicated and committed to ensuring that our children in care and care leavers feel very much thought of and cared for by Leicestershire.")
            // A general statement that all seven principles are embedded, for the whole offer, not per item.
            Mechanism("This is achieved not only by ensuring that the 7 corporate parenting principles are fully embedded, but also by providing a broader offer of engagement and contact that we consider essential to being good Corporate Parents.")
        }
    }
}
