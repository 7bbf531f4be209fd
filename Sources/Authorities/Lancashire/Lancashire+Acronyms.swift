import CorporateParenting

extension Lancashire {
    /// Acronyms: the four categories of care leaver defined in the Children Act 1989, then the 23 acronyms as
    /// printed. POWAR, PROUD, SCAYT, CEIAG and EET are used in the document but not glossed here.
    @PackContent
    static var acronyms: [Entry] {
        Section("Acronyms", line: 516) {
            // The four categories are listed, numbered, under the sentence that counts them.
            Definition(term: "Care leavers", text: "Care leavers fall into four categories which have been defined in the Children Act 1989; 1. Eligible 2. Relevant 3. Former relevant 4. Qualifying")
            Citation(.legislation, "Children Act 1989")
            Definition(term: "CAMHS", text: "Child and Adolescent Mental Health Services")
            Definition(term: "CFW", text: "Child, Family and Wellbeing Service")
            Definition(term: "CLA", text: "Child looked after")
            Definition(term: "CME", text: "Child Missing Education")
            Definition(term: "CP", text: "Child Protection Plan")
            Definition(term: "CSC", text: "Children's Social Care")
            Definition(term: "CSE", text: "Child Sexual Exploitation")
            Definition(term: "DfE", text: "Department for Education")
            Definition(term: "GP", text: "General Practitioner (doctor)")
            Definition(term: "KS", text: "Key Stage (in reference to education)")
            Definition(term: "LA", text: "Local authority")
            Definition(term: "LAC", text: "Looked after child (Health)")
            Definition(term: "LCC", text: "Lancashire County Council")
            Definition(term: "LCS", text: "Lancashire's recording system")
            Definition(term: "LINX", text: "Children in Care Council")
            Definition(term: "LSCB", text: "Lancashire Safeguarding Children's Board")
            Definition(term: "MACSE", text: "Multi Agency Child Sexual Exploitation")
            Definition(term: "MASH", text: "Multi Agency Safeguarding Hub")
            Definition(term: "MFH", text: "Missing from Home")
            Definition(term: "PA", text: "Personal advisers")
            Definition(term: "PEP", text: "Personal Education Plan")
            Definition(term: "SEND", text: "Special Educational Needs and Disability")
            Definition(term: "SW", text: "Social Worker")
        }
    }
}
