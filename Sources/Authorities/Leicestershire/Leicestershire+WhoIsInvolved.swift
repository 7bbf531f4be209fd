import CorporateParenting

extension Leicestershire {
    /// "Who is involved and responsible?": councillors (their 7 principles and the three Member Champions),
    /// officers within Children and Family Services, and the Virtual School.
    @ContentBuilder<PackElement>
    static var whoIsInvolved: [PackElement] {
        Section("Who is involved and responsible?") {
            Value("A strong corporate parenting ethos means that everyone from the Chief Executive to front line staff, as well as elected council members, are concerned about our children and care leavers as if they were their own. In Leicestershire, Corporate Parenting is promoted as the responsibility of all.")
            councillorsAsCorporateParents
            Section("Officers within Children and Family Services") {
                ExpectationSet(
                    "Officers within Children and Family Services",
                    audience: "Officers in Children and Family Services",
                    items: [
                        "Officers in Children and Family Services have additional responsibilities to support and provide services for looked after children and young people, and care leavers.",
                        "They will ensure that their care planning and transition planning is effective, meaningful and influenced by their voice and choice.",
                    ]
                )
                Arrangement("The Assistant Director for Social Care has direct responsibility for corporate parenting, as do the wide range of roles that work directly with our children, such as: Independent Reviewing officers, Social Workers, Participation Workers, Children's Rights officers, youth offending workers, personal advisors and the Virtual School.")
            }
            Section("Virtual School") {
                Arrangement("Leicestershire Virtual School are successful by working in partnership with schools and social workers towards shared visions and goals. The Virtual School support this through monitoring, supporting and challenging where necessary through the review of the Personal Education Plans (PEP) and monitoring the use of the Pupil Premium Plus.")
                Value("The voice of our children is fundamental to effective planning and the Virtual School is committed to ensuring that the voice of our children is not only sought but valued and incorporated into any planning.")
            }
        }
    }

    @ContentBuilder<PackElement>
    static var councillorsAsCorporateParents: [PackElement] {
        Section("Councillors as Corporate Parents") {
            Arrangement("Elected members are supported, by officers to engage with children in care and care leavers to support their understanding and gain their voice.")
            ExpectationSet(
                "Councillors as Corporate Parents",
                audience: "elected members",
                items: [
                    "by having an understanding of the profile and needs of the children in the care of the local authority",
                    "by being aware of the impact on looked-after children of all council decisions",
                    "by considering whether this would be good enough for your own child",
                    "by ensuring that the council has a focus on improving outcomes for looked-after children.",
                    "by acting as an advocate for looked-after children in your local community.",
                    "by supporting the Member Champions in their role",
                    "by being aware of the work and aims of the Corporate Parenting Board",
                ]
            )
            // "In 2019, three Member Champions will be appointed relating to Education, Training and Work,
            // Accommodation and Housing and Health. These champion roles will lead a working group on one of the
            // specified areas ..." No champion is named, and no area is tied to an outcome.
            for (slug, area) in memberChampionAreas {
                WorkingGroup(
                    "member-champion-\(slug)", "Member Champion – \(area)", kind: .champion,
                    remit: "In 2019, three Member Champions will be appointed relating to Education, Training and Work, Accommodation and Housing and Health. These champion roles will lead a working group on one of the specified areas to develop our offer for children in care and care leavers and unpick issues and barriers as they arise."
                )
                WorkingGroup(
                    "\(slug)-working-group", "\(area) working group", kind: .workingGroup,
                    chair: "Member Champion – \(area)",
                    remit: "to develop our offer for children in care and care leavers and unpick issues and barriers as they arise"
                )
            }
            Arrangement("The lead member for children's services (LMCS) and the director of children's services (DCS) are required by law to hold direct local accountability for the effectiveness, availability and value for money of the local authorities children's services. The LMCS holds political accountability for all local authority children's services, including education and social care and the DCS carries the professional accountability.")
        }
    }

    /// The three areas the Member Champions relate to, in the document's order.
    static let memberChampionAreas: [(String, String)] = [
        ("education-training-and-work", "Education, Training and Work"),
        ("accommodation-and-housing", "Accommodation and Housing"),
        ("health", "Health"),
    ]
}
