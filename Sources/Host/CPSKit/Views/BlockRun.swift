import CPSEngine
/// Blocks built in order, where consecutive fields join one ``Block/fields(_:)`` block: `cps show` prints a run of
/// narrative, actions and evidence as one aligned list of labelled values.
struct BlockRun {
    /// The blocks so far.
    private(set) var blocks: [Block] = []
    private var pending: [Field] = []

    /// Adds a field to the current run of fields.
    mutating func add(_ field: Field) {
        pending.append(field)
    }

    /// Adds a block of its own, ending the current run of fields.
    mutating func append(_ block: Block) {
        flush()
        blocks.append(block)
    }

    /// The blocks, with the last run of fields closed.
    mutating func finished() -> [Block] {
        flush()
        return blocks
    }

    private mutating func flush() {
        guard !pending.isEmpty else { return }
        blocks.append(.fields(pending))
        pending = []
    }
}
