import CorporateParenting

extension SaysAndDoes {
    /// What in a strategy addresses one figure: a metric it monitors bound to the figure's standard measure (with
    /// its target, when it sets one), else an entry whose text names what the figure measures, else nothing. A
    /// mapping to the figure's domain is never enough on its own.
    public struct Addressing: Codable, Equatable, Sendable {
        /// How the strategy addresses the figure.
        public enum How: String, Codable, Sendable {
            /// It monitors a metric of the measure and sets a target for it.
            case target
            /// It monitors a metric of the measure (bound to it, or, with ``Addressing/mentions``, whose text names it).
            case monitors
            /// It commits to an action or a pledge whose text names what the figure measures.
            case commitsTo
            /// It sets out an item (a priority, outcome, theme, objective or key action) whose title names what the
            /// figure measures.
            case item
            /// Nothing in the strategy addresses the figure.
            case nothing
        }

        /// How.
        public var how: How
        /// The metric's, action's or item's text as printed; `nil` for ``How/nothing``.
        public var text: String?
        /// The level of the item, when the text is an item's title.
        public var itemLevel: ItemLevel?
        /// The kind of the action, when the text is an action's.
        public var actionKind: ActionKind?
        /// The target's wording, for ``How/target``.
        public var target: String?
        /// The words of the text that name the measure's topic, when cps matched the text (its reading, not a
        /// binding the pack states); `nil` for a metric bound to the measure.
        public var mentions: String?
        /// The headings of the section the text is printed in, joined with " › ".
        public var section: String?
        /// Where the text stands in the pack's JSON.
        public var path: String?
        /// How many other metrics, actions or items address the figure the same way or a weaker one.
        public var others: Int = 0

        /// Nothing addresses the figure.
        public static let nothing = Addressing(how: .nothing)
    }
}
