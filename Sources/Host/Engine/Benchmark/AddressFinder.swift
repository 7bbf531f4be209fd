import CorporateParenting

/// Finds what in one strategy addresses a standard measure's figure, in order of strength: a monitored metric
/// bound to the measure with a target, one without, then a monitored metric not bound to any measure, an action,
/// or an item whose text names one of the measure's topics. Figures quoted as context never count, and neither
/// does an item's mapping to the measure's domain.
struct AddressFinder {
    let index: PackIndex
    /// The monitored metrics bound to each standard measure, in document order.
    let bound: [StandardMeasureID: [Placed<Evidence>]]
    /// The texts searched for topics, in the order they are preferred, each with how it would address a figure.
    private var candidates: [SaysAndDoes.Addressing] = []
    /// Each candidate's section and JSON path (spelled only for the one chosen).
    private var places: [(section: ID<Section>, location: EntryPath)] = []
    private var topics: TopicIndex?

    init(_ profile: PackProfile) {
        index = profile.index
        var bound: [StandardMeasureID: [Placed<Evidence>]] = [:]
        for placed in index.evidence where placed.value.kind == .metric && placed.value.purpose == .monitor {
            if let measure = placed.value.standardMeasure { bound[measure, default: []].append(placed) }
        }
        self.bound = bound
    }

    /// What addresses `measure`'s figure.
    mutating func addressing(_ measure: StandardMeasure) -> SaysAndDoes.Addressing {
        let topics = self.topics ?? buildTopics()
        let mentions = topics.mentions(of: measure.topics)
        let metrics = bound[measure.id] ?? []
        if let metric = metrics.first(where: { $0.value.target != nil }) ?? metrics.first {
            var addressing = SaysAndDoes.Addressing(
                how: metric.value.target == nil ? .monitors : .target, text: metric.value.text,
                target: metric.value.target?.wording, section: index.source(of: metric.section), path: metric.path
            )
            addressing.others = metrics.count - 1 + mentions.count
            return addressing
        }
        guard let first = mentions.first else { return .nothing }
        var addressing = candidates[first.text]
        addressing.section = index.source(of: places[first.text].section)
        addressing.path = places[first.text].location.description
        addressing.mentions = first.words
        addressing.others = mentions.count - 1
        return addressing
    }

    /// The texts searched for topics, indexed once per strategy, when the first figure asks.
    private mutating func buildTopics() -> TopicIndex {
        var texts: [String] = []
        func add<Value>(_ addressing: SaysAndDoes.Addressing, _ placed: Placed<Value>) {
            candidates.append(addressing)
            places.append((placed.section, placed.location))
            texts.append(addressing.text ?? "")
        }
        for placed in index.evidence where placed.value.kind == .metric && placed.value.purpose == .monitor && placed.value.standardMeasure == nil {
            add(.init(how: placed.value.target == nil ? .monitors : .target, text: placed.value.text, target: placed.value.target?.wording), placed)
        }
        for placed in index.actions {
            add(.init(how: .commitsTo, text: placed.value.text, actionKind: placed.value.kind), placed)
        }
        for placed in index.items {
            add(.init(how: placed.value.level == .pledge ? .commitsTo : .item, text: placed.value.title, itemLevel: placed.value.level), placed)
        }
        let built = TopicIndex(texts)
        topics = built
        return built
    }
}
