import CorporateParenting

/// Items with no metric the strategy monitors under them: one finding per strategy listing them, so a longer
/// document does not look worse merely by being longer.
struct PriorityWithoutMeasureRule: GapRule {
    static let description = CheckDescription(
        id: "priority-without-measure", name: "Items without a monitored metric", severity: .info,
        summary: "Every item (priority, outcome, theme, pledge, objective...) has a metric the strategy monitors set under it (figures quoted as context, statements, deliverables and standards do not count). One finding per strategy lists the items.",
        triggering: [CheckExample("sections[0].content[0].item.content[2].evidence.purpose", #""context""#),
                     CheckExample("sections[0].content[0].item.content[2].evidence.kind", #""statement""#)],
        nonTriggering: [CheckExample("sections[0].content[0].item.content[2].evidence.target", "null")]
    )

    func gaps(in context: GapContext) -> [Gap] {
        let items = context.profile.items
        let without = items.filter { $0.measureCount == 0 }
        guard !without.isEmpty else { return [] }
        let notes = without.map {
            GapFinding.ItemNote(id: $0.id, level: $0.level, label: $0.label, title: $0.title, otherEvidence: $0.otherEvidence, cutOff: $0.cutOff)
        }
        return [absent("items", .itemsWithoutMeasure(items: notes, of: items.count), context, items: without.map(\.id))]
    }
}
