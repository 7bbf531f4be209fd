import CorporateParenting

extension Leicestershire {
    /// The foreword: its statements of belief and its two signatories.
    @ContentBuilder<PackElement>
    static var foreword: [PackElement] {
        Section("Foreword") {
            Value("In Leicestershire we are committed to and are ambitious for our children in care and care leavers. We are determined to ensure that we carry out our duty and responsibilities as Corporate Parents with genuine passion, enthusiasm and care.")
            Value("We know that we will be successful corporate parents if we really listen to our children and ensure that their views and opinions have meaning in all areas of our decision making; \"you said - we did.\"")
            // The signatures are images: extraction gives "fane Moore" and "Tom Ould" above the two roles, and the
            // text does not fix which name goes with which role, so the roles are recorded without names.
            Signatory(role: "Lead Member for Children and Family Services")
            Signatory(role: "Director of Children and Family Services")
        }
    }
}
