import CorporateParenting

extension Leicestershire {
    /// "Foreword": the council's aims for all children and for those in care, its values, and the two
    /// signatories' roles.
    @PackContent static var foreword: [Entry] {
        Section("Foreword", page: 3, line: 60) {
            // For all children, not only those in care.
            Aim("In Leicestershire we want to ensure that all children are given opportunities to be happy, healthy and to achieve their best outcomes. We want children and young people to enjoy positive experiences in safe and supportive families, well connected to their local communities and, when necessary, are well supported by a wide range of targeted support services to build strong and resilient family relationships.")
            Aim("When children cannot safely live in their family or wider network our priority is to provide safe secure and caring homes where children are given all the opportunities they need to inspire them to have high aspirations and to support their success though their childhood and into adulthood.")
            Commitment("We will do this by valuing children for who they are and who they want to be.")
            Value("In Leicestershire we are committed to and are ambitious for our children in care and care leavers. We are determined to ensure that we carry out our duty and responsibilities as Corporate Parents with genuine passion, enthusiasm and care.")
            Provision("We understand that all our children have individual needs and goals therefore our care planning and planned support offered to our children reflects this.")
            Provision("We carefully monitor and support education and learning for our children to enable progress and success and we strive to ensure that our children are healthy both physically and emotionally.")
            // "you said - we did." names the participation mechanism; the next sentence says where children take part.
            Value("We know that we will be successful corporate parents if we really listen to our children and ensure that their views and opinions have meaning in all areas of our decision making; \"you said - we did.\"")
            Coproduction(
                "The impact of this is seen in the enthusiasm, leadership and effectiveness of our children and their participation in our Children in Care Council, Supporting Young People After Care (SYPAC), our Corporate Parenting Board and many more participation events.",
                who: "our children",
                how: "participation in our Children in Care Council, Supporting Young People After Care (SYPAC), our Corporate Parenting Board and many more participation events",
                mappings: [Mapping(principles: [2, 3], domains: [.voice], basis: .judged,
                                   note: "children listened to and taking part in the council's groups, board and events")]
            )
            Context("This Corporate Parenting Strategy provides the foundation and value base for how we will deliver high quality services to our children in care and care leavers. It highlights where we are, where we want to be and how we intend to develop further to achieve our aspirations as corporate parents to enable our children to meet their own ambitions and be successful in what they do now and in the future.")
            // The names are extracted from signature images ("fane Moore", "Tom Ould": damaged) and printed above
            // the two roles; nothing in the text pairs a name with a role, so the roles stand without names.
            Signatory(role: "Lead Member for Children and Family Services")
            Signatory(role: "Director of Children and Family Services")
        }
    }
}
