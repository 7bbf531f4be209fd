import CorporateParenting

extension Lancashire {
    /// Appendix 4: thirteen items, as printed (the extraction's bold markup dropped). The heading says
    /// "Legislation" but the list mixes Acts with guidance, reviews, an inspection framework, national policy and a
    /// local procedure manual: each item's kind is the encoder's judgement; the heading is kept as printed.
    @PackContent
    static var legislation: [Entry] {
        Section("Appendix 4 Legislation", id: "appendix-4", line: 481) {
            Citation(.legislation, "The Children and Social Work Act 2017")
            Citation(.legislation, "The Children Act 1989")
            Citation(.guidance, "The Care Planning, Placement and Case Review, July 2021")
            Citation(.guidance, "Planning transition to adulthood for care leavers; Revision January 2022")
            Citation(.research, "The independent review of children's social care, May 2022")
            Citation(.guidance, "Ofsted – Inspecting local authority children's services; April 2022")
            Citation(.guidance, "NICE Guidance for looked-after children and young people; October 2021")
            Citation(.guidance, "Promoting the health and well-being of looked-after children; 2015")
            Citation(.guidance, "Promoting the education of looked-after and previously looked-after children; 2015")
            Citation(.nationalPolicy, "Keep children in care out of trouble; 2016")
            Citation(.research, "In care, out of trouble; 2016")
            Citation(.nationalPolicy, "Keep on caring; 2016")
            Citation(.localPlan, "Lancashire County Council's procedure manual for children in our care and care leavers")
        }
    }
}
