/// The two care leaver age bands DfE publishes, with their older labels.
enum CareLeaverAge {
    case seventeenToEighteen, nineteenToTwentyOne

    /// The label of the 2025 release.
    var label: String { self == .seventeenToEighteen ? "17 to 18 years" : "19 to 21 years" }
    /// The label of earlier releases.
    var olderLabel: String { self == .seventeenToEighteen ? "Aged 17 to 18" : "Aged 19 to 21" }
}
