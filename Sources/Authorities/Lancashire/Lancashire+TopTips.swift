import CorporateParenting

extension Lancashire {
    /// Appendix 1: the twelve Top Tips, "What our Children and Young People say" to their corporate parents, each
    /// under its number and heading. Section 1 says they "were developed with young people" (that co-production
    /// carries the mapping; a list of expectations carries none).
    ///
    /// The body prints "Appendix 1" and the title on two lines; the heading joins them as the text does. The
    /// contents page prints "Appendix 1 - Top Tips to Good Corporate Parenting" (see ``contents``); whether "What
    /// our Children and Young People say" is a subtitle run into the title line is not clear, so the line is kept whole.
    @PackContent
    static var topTips: [Entry] {
        Section("Appendix 1 Top Tips to Good Corporate Parenting What our Children and Young People say", id: "appendix-1", line: 361) {
            tip("01", "Know My Story", line: 365,
                "Understand why I am in care from reading my file, listening to me and getting to know me.")
            tip("02", "Where I Live", line: 371,
                "Know where I live, who with and why I live here. Understand what has been difficult for me about where I have lived before, what I enjoy about my home now, how I am getting on with everyone and whether there are any worries.")
            tip("03", "Family Time and Staying Connected", line: 377,
                "Understanding my family is important to me, know who I want to stay connected with and support me to keep in touch with those important to me. Is there a person I am not allowed to see? Then help me to understand why. Think through where, when, how often and how I want to meet with my family and friends.")
            tip("04", "Purpose", line: 383,
                "Visit me regularly, keep in touch and understand why you are visiting me.")
            tip("05", "Assess and Plan", line: 389,
                "Include me in assessments, plans and decisions about me. Know what you are saying (recommending) and why. How are you supporting me to achieve a sense of belonging and stability and is the plan still the right one?")
            tip("06", "Ambition", line: 395,
                "Have high ambition for me for all parts of my life but also make it achievable for me.")
            tip("07", "My voice and my 'lived experience'", line: 401,
                "Listen to me, empower me to tell you what I really think and write it down. Are there other people important to me that can tell you what I want and how I feel? Think, how it feels being me.")
            tip("08", "Visit", line: 407,
                "Spend time with me to do fun stuff and build a relationship. See me on my own, take me out and do unannounced visits on occasion to see what my everyday looks like unstaged. Think about the purpose of the visit and what needs to be achieved.")
            tip("09", "Include Others", line: 413,
                "Other agencies have information about me, my past, worries, what I like, dislike etc. They may also see me more often than you and can help you in building up a picture of what help I may need and how my care plan should look like. My family may also have some important information.")
            tip("10", "Know your Resources, Support and Community", line: 419,
                "Know what is out there that may benefit me and help me to access it.")
            tip("11", "Child/Adolescent Development", line: 425,
                "Understand the trauma I have experienced, how it impacts on me and what growing up means for me.")
            tip("12", "Identity and Diversity", line: 431,
                "Be aware of what is special and specific to me and embrace this with me. Challenge discrimination on my behalf and help me overcome difficulties.")
        }
    }

    /// One tip: its number and heading (printed on two lines) as the section heading, its words as one expectation.
    private static func tip(_ number: String, _ heading: String, line: Int, _ text: String) -> Section {
        Section("\(number) \(heading)", line: line) {
            ExpectationSet(title: heading, items: [text])
        }
    }
}
