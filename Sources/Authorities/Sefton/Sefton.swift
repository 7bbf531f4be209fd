import CorporateParenting

public enum Sefton: AuthorityDefinition {
    public static let pack = AuthorityPack(id: "sefton", name: "Sefton Council", ons: "E08000014", dfe: "343", region: "North West") {
        Section("Cover") {
            Strategy("Corporate Parenting Strategy", period: .years(2023, 2025))
        }
        Section("Our Corporate Parenting Priorities") {
            Section("Being Heard – Working Group Chair: Participation Officer.") {
                Priority("being-heard", "Being Heard", principles: [2, 3], domains: [.voice]) {
                    Aim("The young person's voice must be at the centre of our approach to corporate parenting.")
                    Section("We will") {
                        Commitment("Offer training on young people's participation to council officers, carers and elected members.")
                    }
                    Outcome("x") { Measure("m", "M", standard: "sdq-average") { Target(100, .percent, "100%") } }
                }
                WorkingGroup("being-heard-group", "Being Heard", chair: "Participation Officer", priorities: ["being-heard"])
            }
        }
        Section("Corporate Parenting Board") {
            Board("Corporate Parenting Board", meets: .stated("bi-monthly", perYear: 6))
        }
    }
}
