import CorporateParenting

// Appendix 3 reports the local picture: every figure is context, recorded as printed. Its comparative statements
// without a figure ("above national average for CLA in every subject area", "increased more than any of our
// statistical neighbours") have no figure to record.
extension Lancashire {
    /// Appendix 3: education attainment of children looked after, by key stage.
    @ContentBuilder<PackElement>
    static var educationAttainment: [PackElement] {
        Section("Appendix 3 - Education Attainment") {
            keyStagesOneAndTwo
            keyStageFour
            yearsTwelveAndThirteen
        }
    }

    @ContentBuilder<PackElement>
    static var keyStagesOneAndTwo: [PackElement] {
        Section("Key Stage 1 (end of year 2: 7 years old) and Key Stage 2 (end of year 6: age 11-year-old)") {
            Measure("ks2-writing-greater-depth", "% of pupils who achieved Writing at greater depth", purpose: .context,
                    unit: .percent, domain: .education) {
                Observation(9, .percent, .authority,
                            note: "Lancashire KS2 CLA. No year is printed with the figure; the section says \"The last data for these groups was the school year 2018-19.\"")
                Observation(6, .percent, .england,
                            note: "Printed as \"the national average\". No year is printed with the figure; the section says \"The last data for these groups was the school year 2018-19.\"")
            }
        }
    }

    @ContentBuilder<PackElement>
    static var keyStageFour: [PackElement] {
        Section("Key Stage 4: Year 11 leavers 2019-20 GCSE") {
            Measure("attainment-8", "Average Attainment 8 score", purpose: .context, domain: .education) {
                Observation(3.9, .points, period: "2019-20", note: "Increase from the previous year: \"increased by 3.9 from previous year\".")
            }
            Measure("english-maths-grade-4", "% Achieving both English and Maths GCSE at Grade 4+", purpose: .context,
                    unit: .percent, domain: .education) {
                Observation(7.6, .percent, period: "2019-20",
                            note: "An increase, printed \"increased by 7.6%\"; the document does not say whether percentage points or a relative increase, nor from when.")
            }
            Measure("english-maths-grade-5", "% Achieving both English and Maths GCSE at Grade 5+", purpose: .context,
                    unit: .percent, domain: .education) {
                Observation(1.7, .percent, period: "2019-20",
                            note: "An increase, printed \"increased by 1.7%\"; the document does not say whether percentage points or a relative increase, nor from when.")
            }
        }
    }

    @ContentBuilder<PackElement>
    static var yearsTwelveAndThirteen: [PackElement] {
        Section("Key Stage: Year 12 and 13 (16+ to 18 years old) 2019- 2020") {
            Measure("year-13-qualifications", "% of year 13 students achieved qualifications- ranging from A Level to Entry Level",
                    purpose: .context, unit: .percent, domain: .education) {
                Observation(51, .percent, period: "2019- 2020")
            }
            Measure("higher-education", "The total number of our young people in higher education", purpose: .context,
                    unit: .count, domain: .education) {
                Observation(32, .count, period: "2016")
                Observation(62, .count,
                            note: "\"since 2016 the number of our young people has increased from 32 to 62\"; no date is printed for 62. The document also reports a \"Small reduction in the total number of our young people in higher education after an increasing trend over 4 years\".")
            }
            Measure("graduates", "Students graduated", purpose: .context, unit: .count, domain: .education) {
                Observation(10, .count, period: "2020")
            }
            Measure("eet-17-18", "The % of 17/18 years old in Education, Training and Employment", purpose: .context,
                    unit: .percent, domain: .adulthood) {
                Observation(79.3, .percent, period: "Oct 2020",
                            note: "The document does not say whether these 17/18 year olds are care leavers or children in care, so the figure is not matched to DfE's care leaver measure.")
                Observation(82.2, .percent, period: "January 2022",
                            note: "The document does not say whether these 17/18 year olds are care leavers or children in care, so the figure is not matched to DfE's care leaver measure.")
            }
            Measure("care-leavers-eet-18-20", "The % of 18–20-year-old care leavers in EET", purpose: .context,
                    unit: .percent, domain: .adulthood) {
                Observation(45, .percent, period: "Oct 2019")
                Observation(50, .percent,
                            note: "The date is cut off in the document, which prints \"to 50%. January 202\"; it is not completed here.")
            }
        }
    }
}
