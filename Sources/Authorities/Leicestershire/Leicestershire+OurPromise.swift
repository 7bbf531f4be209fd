import CorporateParenting

extension Leicestershire {
    /// "What do our children say?": the section says children's views "Will be gathered as part of the
    /// consultation" (recorded as an inconsistency).
    @ContentBuilder<PackElement>
    static var whatDoOurChildrenSay: [PackElement] {
        Section("What do our children say?") {
            Value("We understand the importance and value of the views of our looked after children and care leavers and together we have developed 'Our Promise' which informs this this strategy.")
        }
    }

    /// "Our Promise" and its 7 Key Areas.
    @ContentBuilder<PackElement>
    static var ourPromise: [PackElement] {
        Section("Our Promise") {
            Value("In the same way that a family shares responsibility for bringing up their children with their extended family members, the corporate parenting responsibility must be shared by everyone involved in supporting children in care. This includes health bodies, education services such as schools and colleges, the police, youth and youth justice organisations, and the private and third sectors.")
            Pledge(
                "our-promise", "Our Promise", audience: "young people and their families",
                summary: "Our Promise sets out our commitment to ensure that Leicestershire County Council and its partners provide the best support, guidance and care to our Children in Care and Care Leavers. It demonstrates that we value them for their individuality, provide stability and offer aspirational life chances in the same way any good parent provides for their children. Leicestershire County Council, elected members and key partner agencies have all signed up to Our Promise. Collectively we want to enable all our young people to make positive life choices and achieve their goals and beyond. Our Promise makes a commitment directly to young people and their families in 7 Key Areas."
            ) {
                Promise("We will support you")
                Promise("Respect and Honour your identity")
                Promise("We will listen to you")
                Promise("We will believe in you")
                Promise("We will find you a place you can call home")
                Promise("We will inform you")
                Promise("We will be a lifelong champion")
            }
        }
    }
}
