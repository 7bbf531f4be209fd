import CorporateParenting

extension NorthEastLincolnshire {
    /// "Contents" (seed lines 11-39): two columns, each entry with its page. The entries are kept as printed (left
    /// column, then right). Five of them are not printed as headings in the body: "What success will look like?"
    /// and the four "What will success look like?" over the measures tables of outcomes 1, 3, 5 and 7, and
    /// "Children and Care Leavers promise", which in the body is the attribution of a quotation. They live here only.
    @PackContent
    static var contents: [Entry] {
        Section("Contents", id: "contents", line: 11) {
            // Left column.
            Context("What is corporate parenting? 4")
            Context("Our vision for all children and young people 5")
            Context("Our plan of action..... 5")
            Context("The lived experience of care 5")
            Context("Outcomes for children and young people 6")
            Context("1. Safe, stable and caring places to live and call home 6")
            Context("Vision..... 6")
            Context("What is the challenge?..... 7")
            Context("What more can we do/ what will we do: 7")
            Context("What success will look like? 8")
            Context("2. Emotionally, physically and mentally healthy and well..... 11")
            Context("Vision..... 11")
            Context("What is the challenge?..... 11")
            Context("What we will do..... 12")
            Context("What will success look like? 12")
            Context("3. Learning, developing, having fun and achieving 16")
            Context("Vision..... 16")
            Context("Children and Care Leavers promise 16")
            Context("What is the challenge?..... 17")
            Context("Vision..... 18")
            Context("What is the challenge?..... 20")
            Context("What will we do? 20")
            Context("What will success look like? 22")
            Context("4. Trusted relationships and a strong sense of identity and belonging 26")
            Context("Vision..... 26")
            Context("What is the challenge?..... 26")
            Context("What will success look like? 26")
            // Right column.
            Context("5. Making their voice heard and influencing decision-making..... 28")
            Context("Vision..... 28")
            Context("What is the challenge?..... 28")
            Context("What we will do..... 28")
            Context("What will success look like? 30")
            Context("6. Safe and protected at home, online and in the community 32")
            Context("Vision..... 32")
            Context("What is the challenge..... 32")
            Context("What will success look like..... 32")
            Context("7. Developing independence 34")
            Context("Vision..... 34")
            Context("What is the challenge?..... 34")
            Context("What we will do:..... 35")
            Context("What will success look like? 36")
            Context("Governance Arrangements 38")
            Context("Democratic Involvement and Accountability..... 38")
            Context("Participation of Children and Young People..... 38")
            Context("Operational Delivery 38")
            Context("Corporate parenting training and awareness..... 39")
            Context("Effective Corporate Parents: 41")
            Context("Universal Responsibility (Level 1)..... 42")
            Context("Targeted Responsibility (Level 2)..... 42")
            Context("Specialist Responsibility (Level 3) 43")
            Context("Link Members to our Children's Homes..... 44")
            Context("Board members supporting Strategic Priority Themes 44")
            Context("Officers 45")
        }
    }
}
