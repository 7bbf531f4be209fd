import Testing

@Suite struct FrameworkCommandsTests {
    @Test func principlesAsMarkdown() {
        let result = CPSHarness.run(["principles", "--format", "markdown"])
        #expect(result.out == """
        # Corporate parenting principles (Children and Social Work Act 2017, s.1(1))

        | No. | Para. | Principle | Statutory wording |
        | ---: | --- | --- | --- |
        | 1 | (a) | Best interests and well-being | to act in the best interests, and promote the physical and mental health and well-being, of those children and young people |
        | 2 | (b) | Express views, wishes and feelings | to encourage those children and young people to express their views, wishes and feelings |
        | 3 | (c) | Take views into account | to take into account the views, wishes and feelings of those children and young people |
        | 4 | (d) | Access to services | to help those children and young people gain access to, and make the best use of, services provided by the local authority and its relevant partners |
        | 5 | (e) | High aspirations and best outcomes | to promote high aspirations, and seek to secure the best outcomes, for those children and young people |
        | 6 | (f) | Safety and stability | for those children and young people to be safe, and for stability in their home lives, relationships and education or work |
        | 7 | (g) | Preparation for adulthood | to prepare those children and young people for adulthood and independent living |

        """)
    }

    @Test func domainsAsCSV() {
        let lines = CPSHarness.run(["domains", "--format", "csv"]).out.components(separatedBy: "\r\n")
        #expect(lines[0] == "Id,Domain,Principles,Covers")
        #expect(lines[1].hasPrefix("voice,Voice and participation,\"2, 3\","))
        #expect(lines.filter { !$0.isEmpty }.count == 10)
        #expect(lines.contains { $0.hasPrefix("workforce,Social work workforce,") })
    }

    @Test func measuresAsJSONCarryBindings() {
        let result = CPSHarness.run(["measures", "--format", "json"])
        #expect(result.out.contains("\"valueColumn\": \"children_percent\""))
        #expect(result.out.contains("\"id\": \"placement-stability-long-term\""))
    }
}
