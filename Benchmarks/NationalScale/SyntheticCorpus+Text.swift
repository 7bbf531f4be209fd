extension SyntheticCorpus {
    /// What a strategy commits to, in the words strategies use, so that stems repeat across packs as they do in real
    /// strategies ("Staying Put", "health assessments", "care leavers up to 25") and inverse document frequency
    /// tells common words from rare ones.
    static let verbs = ["Offer", "Provide", "Increase", "Ensure", "Support", "Develop", "Promote", "Improve", "Review",
                        "Work with partners to improve", "Listen to children about", "Celebrate", "Reduce delays in",
                        "Extend", "Monitor", "Strengthen", "Co-produce", "Commission", "Champion", "Expand access to",
                        "Guarantee", "Publish", "Embed", "Invest in"]
    static let objects = ["Staying Put to 21", "Staying Close", "apprenticeships", "annual health assessments", "dental checks",
                          "personal education plans", "the local offer for care leavers", "council tax exemption",
                          "suitable accommodation", "placement stability", "foster carer recruitment",
                          "emotional wellbeing support", "independent visitors", "independent advocacy", "life story work",
                          "family time", "pathway plans", "personal advisers", "the virtual school", "school attendance",
                          "mental health services", "youth offending prevention", "supported lodgings",
                          "the Children in Care Council", "training for corporate parents", "work experience placements",
                          "university bursaries", "driving lessons", "leisure passes", "sibling contact",
                          "return home interviews", "missing from care protocols", "exploitation screening",
                          "immunisations", "SDQ completion", "early help", "semi-independent homes", "the care leavers covenant",
                          "mentoring", "housing priority"]
    static let groups = ["for children in care", "for care leavers up to 25", "for young people aged 16 to 18",
                         "for unaccompanied asylum seeking children", "for children with disabilities", "for care experienced adults",
                         "for children placed out of area", "for younger children", "for teenagers in residential care",
                         "for every cared for child", "", "", ""]
    static let qualifiers = ["so that every child is heard", "within 20 working days", "in partnership with health colleagues",
                             "through the Children in Care Council", "by 2026", "every year", "with the corporate parenting board",
                             "and report progress quarterly", "as a good parent would", "across the county", "with local employers",
                             "in line with statutory guidance", "", "", "", ""]

    /// One commitment of pack `pack`: a verb, what it commits to, for whom, and how or when, then a few of the older
    /// random words. Three in four draw what they commit to from the pack's own twelve concerns, so packs differ
    /// as strategies do, and share as strategies do.
    static func commitment(_ random: inout SplitMix, pack: Int) -> String {
        let object = random.int(0...3) == 0 ? random.pick(objects) : objects[(pack * 7 + random.int(0...11)) % objects.count]
        var parts = [random.pick(verbs), object]
        if random.int(0...3) == 0 { parts.append("and " + random.pick(objects)) }
        parts += [random.pick(groups), random.pick(qualifiers)]
        let text = parts.filter { !$0.isEmpty }.joined(separator: " ")
        return text + (random.int(0...2) == 0 ? " " + (0..<random.int(1...3)).map { _ in random.pick(words) }.joined(separator: " ") : "") + "."
    }
}
