import CorporateParenting

/// Metrics the strategy monitors with neither a target nor a baseline: one finding per strategy listing them.
struct MeasureWithoutTargetRule: GapRule {
    static let description = CheckDescription(
        id: "measure-without-target", name: "Metrics without target or baseline", severity: .info,
        summary: "Every metric the strategy monitors has a target or a baseline (never asked of figures quoted as context, statements, deliverables or standards). One finding per strategy lists the metrics.",
        triggering: [CheckExample("sections[0].content[0].item.content[2].evidence.target", "null")],
        nonTriggering: [
            CheckExample("sections[0].content[0].item.content[2].evidence.target", "null",
                         and: CheckExample("sections[0].content[0].item.content[2].evidence.baseline", #"{"wording": "88% in 2024"}"#)),
            CheckExample("sections[0].content[0].item.content[2].evidence.target", "null",
                         and: CheckExample("sections[0].content[0].item.content[2].evidence.kind", #""statement""#)),
            CheckExample("sections[0].content[0].item.content[2].evidence.target", "null",
                         and: CheckExample("sections[0].content[0].item.content[2].evidence.purpose", #""context""#)),
        ]
    )

    func gaps(in context: GapContext) -> [Gap] {
        let measures = context.profile.measures
        let without = measures.filter { $0.evidence.target == nil && $0.evidence.baseline == nil }
        guard !without.isEmpty else { return [] }
        let notes = without.map { GapFinding.MetricNote(id: $0.id, title: $0.title, cutOff: $0.evidence.cutOff == true) }
        return [absent("metrics", .metricsWithoutTarget(metrics: notes, of: measures.count), context, items: notes.map(\.id))]
    }
}
