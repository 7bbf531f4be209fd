extension OutcomeFramework {
    /// The standard measures of the children's social work workforce: turnover, agency workers, vacancies and caseloads.
    static let workforceMeasures: [StandardMeasure] = [
        StandardMeasure(
            id: "social-worker-turnover", title: "Social worker turnover rate",
            definition: "Children and family social workers (full-time equivalent) who left the local authority in the year to 30 September, as a percentage of those in post at 30 September.",
            unit: .percent, polarity: .lowerIsBetter, domain: .workforce,
            topics: ["social worker turnover", "staff turnover", "workforce turnover", "turnover of social workers", "social worker retention", "retention of social workers", "retain social workers", "retaining social workers", "retain our social workers", "stable workforce", "workforce stability"],
            dfe: .workforce(valueColumn: "turnover_rate_fte")
        ),
        StandardMeasure(
            id: "agency-worker-rate", title: "Agency worker rate",
            definition: "Agency children and family social workers (full-time equivalent) at 30 September, as a percentage of agency workers and social workers in post together.",
            unit: .percent, polarity: .lowerIsBetter, domain: .workforce,
            topics: ["agency worker", "agency social worker", "agency staff", "locum", "interim staff", "permanent social worker", "permanent workforce"],
            dfe: .workforce(valueColumn: "agency_rate_fte")
        ),
        StandardMeasure(
            id: "social-worker-vacancy-rate", title: "Social worker vacancy rate",
            definition: "Vacant children and family social worker posts (full-time equivalent) at 30 September, as a percentage of vacancies and social workers in post together.",
            unit: .percent, polarity: .lowerIsBetter, domain: .workforce,
            topics: ["vacanc", "recruit social worker", "recruitment of social worker", "recruiting social worker", "social worker recruitment", "recruit and retain social workers"],
            dfe: .workforce(valueColumn: "vacancy_rate_fte")
        ),
        StandardMeasure(
            id: "social-worker-caseload", title: "Average social worker caseload",
            definition: "Cases held at 30 September per case-holding children and family social worker (full-time equivalent).",
            unit: .count, polarity: .lowerIsBetter, domain: .workforce,
            topics: ["caseload", "case load", "workload"],
            dfe: .workforce(valueColumn: "caseload_fte")
        ),
    ]
}
