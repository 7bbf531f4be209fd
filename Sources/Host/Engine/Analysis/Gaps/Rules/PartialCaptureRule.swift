import CorporateParenting

/// A pack that does not capture the whole document.
struct PartialCaptureRule: GapRule {
    static let description = CheckDescription(
        id: "partial-capture", name: "Document not wholly captured", severity: .info,
        summary: "The pack captures the whole document; where it does not, every finding of an absence says \"not captured\" rather than that the document does not say it.",
        triggering: [CheckExample("document.capture", #""partial""#), CheckExample("sections[1].capture", #""partial""#)],
        nonTriggering: [CheckExample("sections[1].capture", #""whole""#)]
    )

    func gaps(in context: GapContext) -> [Gap] {
        PartialCapture(context.profile).map { [gap("document.capture", .partialCapture($0))] } ?? []
    }
}
