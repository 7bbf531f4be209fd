import CorporateParenting

extension Sefton {
    /// "Being Heard": two aims, what they mean, and seven "We will" bullets.
    @PackContent static var beingHeard: [Entry] {
        Section("Being Heard – Working Group Chair: Participation Officer.", page: 6, line: 110) {
            workingGroup("being-heard-working-group", chair: "Participation Officer", serves: "being-heard")
            Priority("being-heard", "Being Heard", principles: [2, 3], domains: [.voice, .governance],
                     note: "involving young people and taking account of their views (112-118); board members, officers and elected members hear the Children in Care Councils and are trained (118-120)") {
                Aim("The young person's voice must be at the centre of our approach to corporate parenting.")
                Aim("We want mutually respectful and collaborative relationships with our children and young people.")
                Rationale("This means embedding a culture of fully involving young people in all matters affecting them, welcoming, and encouraging their participation, actively listening to and genuinely taking account of their views.")
                Commitment("Involve all cared for and care experienced children and young people, subject to their age and understanding, in any assessment, plan or review in respect of their own lives and upbringing.")
                Commitment("Support young people to express their views in meetings such as child protection conferences, cared for statutory reviews, pathway planning meetings and in their care placements.")
                Commitment("Provide advocates and supporters to help young people's views to be heard in these settings.")
                Commitment("Regularly ask the views of children and young people on their experience of our care.")
                Commitment("Ensure that messages from the Children in Care Councils are widely disseminated to officers and elected members and that responses are provided consistently.")
                // A bullet with its own subject and modal ("will routinely offer"): its owner is printed.
                Commitment(
                    "Members of the Corporate Parenting Board and senior managers will routinely offer to attend meetings of the Children in Care Councils and to take opportunities to meet, talk to and be with young people at events such as awaydays, celebration events and parties.",
                    owner: "Members of the Corporate Parenting Board and senior managers"
                )
                Commitment("Offer training on young people's participation to council officers, carers and elected members.")
            }
        }
    }
}
