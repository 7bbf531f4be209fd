import CorporateParenting

// Appendix 3 reports attainment; nothing in it is a target, so every metric is context. Findings printed without a
// figure ("above national average for CLA", "increased more than any of our statistical neighbours") stay as
// narrative in their place. A figure's period is given only where printed: two sub-headings print one
// ("2019-20", "2019- 2020") and their figures take it from there; the KS1/KS2 figures have none (the caveat says
// the last data was 2018-19, but not against them). None matches a catalogue measure's definition.
extension Lancashire {
    /// Appendix 3: education attainment, in three parts by key stage.
    @PackContent
    static var educationAttainment: [Entry] {
        Section("Appendix 3 Education Attainment", id: "appendix-3", line: 447) {
            Section("Key Stage 1 (end of year 2: 7 years old) and Key Stage 2 (end of year 6: age 11-year-old)", line: 451) {
                Definition(term: "Key Stage 1", text: "end of year 2: 7 years old")
                Definition(term: "Key Stage 2", text: "end of year 6: age 11-year-old")
                // "2019 and 2020" as printed.
                Context("Due to the impact of the pandemic and several lockdowns the DFE removed the duty for schools to provide end of KS1 and KS2 outcomes in 2019-20 and 2020-21. The last data for these groups was the school year 2018-19. Although GCSE examinations were suspended in the year 2019 and 2020 young people were still awarded grades through teacher assessment based on their class work and assignments throughout their Year 10 and 11.")
                Context("Lancashire KS1 CLA achieved above national average for CLA in every subject area: Reading, Writing, Maths and all three combined, and well above average in Writing and the combined measure for reading, Writing and Maths.")
                Context("Compared to 2015-16 our KS1 CLA increased attainment in all subject areas and above the rate of increase for CLA nationally.")
                Context("Lancashire KS2 CLA achieved above the national average for CLA in Reading, Maths, Grammar, Punctuation and Spelling, and in Reading, Writing and Maths combined.")
                // Whether the 6% "national average" is of children looked after or of all pupils is not printed.
                Metric("ks2-writing-greater-depth", "Writing assessment was lower for our KS2 CLA than the national average, though we had a higher % of pupils (9%) who achieved Writing at greater depth than the national average (6%).",
                       purpose: .context, unit: .percent, domain: .education,
                       figures: [
                           Figure(9, .percent, kind: .share, group: "KS2 CLA", scope: .authority,
                                  text: "a higher % of pupils (9%)"),
                           Figure(6, .percent, kind: .share, scope: .england, text: "the national average (6%)"),
                       ])
            }
            Section("Key Stage 4: Year 11 leavers 2019-20 GCSE", line: 462) {
                // A change from the previous year, not a score.
                Metric("attainment-8-change", "Average Attainment 8 score increased by 3.9 from previous year.",
                       purpose: .context, unit: .points, domain: .education,
                       figures: [Figure(3.9, .points, kind: .change, group: "Year 11 leavers", period: "2019-20")])
                // Changes printed with "%": whether percentage points or a relative change is not said, so the
                // unit stays as printed.
                Metric("english-maths-grade-4-change", "% Achieving both English and Maths GCSE at Grade 4+ increased by 7.6%",
                       purpose: .context, unit: .percent, domain: .education,
                       figures: [Figure(7.6, .percent, kind: .change, group: "Year 11 leavers", period: "2019-20")])
                Metric("english-maths-grade-5-change", "% Achieving both English and Maths GCSE at Grade 5+ increased by 1.7%",
                       purpose: .context, unit: .percent, domain: .education,
                       figures: [Figure(1.7, .percent, kind: .change, group: "Year 11 leavers", period: "2019-20")])
                Context("Lancashire average attainment 8 score increased more than any of our statistical neighbours and national and regional scores.")
                Context("The % of our children achieving Grade 4+ in both English and Maths increased more than any of our statistical neighbours and regionally and nationally.")
                Context("The % of our children achieving Grade 5+ in both English and Maths increased more than our statistical neighbours with data reported. We were closely in line with regional data.")
            }
            Section("Key Stage: Year 12 and 13 (16+ to 18 years old) 2019- 2020", line: 471) {
                Metric("year-13-qualifications", "51% of year 13 students achieved qualifications- ranging from A Level to Entry Level.",
                       purpose: .context, unit: .percent, domain: .education,
                       figures: [Figure(51, .percent, kind: .share, group: "year 13 students", period: "2019- 2020")])
                // Printed without a final full stop.
                Context("The % of year 11 leavers (2021) with unknown plans or non-engagement has reduced significantly over 3 years, which reflects the impact of the bespoke CEIAG, and support provided by the Employment Officers and is very encouraging in the context of the pandemic")
                // One bullet split by extraction after "However since", with a bullet mark before "2016" (the test
                // repairs it). 32 is the number in 2016 ("since 2016 ... increased from 32"); 62 has no date printed.
                Context("Small reduction in the total number of our young people in higher education after an increasing trend over 4 years. This is likely to be due to the impact of the pandemic and young people choosing to delay courses for a year.")
                Metric("higher-education", "However since 2016 the number of our young people has increased from 32 to 62.",
                       purpose: .context, unit: .count, domain: .education,
                       figures: [
                           Figure(32, .count, kind: .count, group: "our young people in higher education", period: "2016"),
                           Figure(62, .count, kind: .count, group: "our young people in higher education"),
                       ])
                Metric("graduates", "10 students graduated in 2020.",
                       purpose: .context, unit: .count, domain: .education,
                       figures: [Figure(10, .count, kind: .count, group: "students", period: "2020")])
                // Whether the 17/18 year olds are children in care or care leavers is not printed, so the catalogue's
                // care leavers 17-18 measure is not bound.
                Metric("eet-17-18", "The % of 17/18 years old in Education, Training and Employment has increased from 79.3% in Oct 2020 to 82.2% in January 2022.",
                       purpose: .context, unit: .percent, domain: .adulthood,
                       figures: [
                           Figure(79.3, .percent, kind: .share, group: "17/18 years old", period: "Oct 2020"),
                           Figure(82.2, .percent, kind: .share, group: "17/18 years old", period: "January 2022"),
                       ])
                // Cut off: the date of the 50% is printed "January 202" and is not completed. Ages 18-20, not the
                // catalogue's 19-21.
                Evidence(id: "care-leavers-eet-18-20", kind: .metric,
                         text: "The % of 18–20-year-old care leavers in EET has increased from 45% in Oct 2019 to 50%. January 202",
                         purpose: .context, unit: .percent, domain: .adulthood,
                         figures: [
                             Figure(45, .percent, kind: .share, group: "18–20-year-old care leavers", period: "Oct 2019"),
                             Figure(50, .percent, kind: .share, group: "18–20-year-old care leavers"),
                         ],
                         cutOff: true)
            }
        }
    }
}
