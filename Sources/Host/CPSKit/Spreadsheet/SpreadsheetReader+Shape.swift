import CPSEngine
extension SpreadsheetReader {
    /// How deep rows may nest (a section in a section, an item in an item...): within what a pack file may nest.
    static let maximumDepth = 36

    /// The shape the parent cells give the rows, found in one walk up from each row that stops at a row already
    /// seen, so a long chain of rows costs no more than a flat list.
    struct Shape {
        /// The rows whose parent cells lead back to themselves.
        var cyclic: [Int] = []
        /// How deep each row sits (a row with no parent is at depth 1); rows on or beneath a cycle have none.
        var depth: [Int: Int] = [:]
        /// The id of the section each row is, or is in (`.some(nil)` for none); rows on or beneath a cycle have none.
        var section: [Int: String?] = [:]
    }

    /// The cycles, depths and sections of `rows` placed by `parentOf`.
    static func shape(of rows: [SpreadsheetRow], _ parentOf: [Int: Int]) -> Shape {
        var shape = Shape()
        var state = [UInt8](repeating: 0, count: rows.count)  // 0 unseen, 1 on the walk, 2 done
        for start in rows.indices where state[start] == 0 {
            var walk: [Int] = []
            var current: Int? = start
            while let step = current, state[step] == 0 {
                state[step] = 1
                walk.append(step)
                current = parentOf[step]
            }
            var base: (depth: Int, section: String?)? = (0, nil)
            if let step = current {
                if state[step] == 1, let first = walk.firstIndex(of: step) {
                    shape.cyclic += walk[first...]
                    base = nil
                } else if let depth = shape.depth[step], let section = shape.section[step] {
                    base = (depth, section)
                } else {
                    base = nil
                }
            }
            for index in walk.reversed() {
                state[index] = 2
                guard let below = base else { continue }
                let own = rows[index].kind.name == "section" ? rows[index].id : below.section
                shape.depth[index] = below.depth + 1
                shape.section[index] = .some(own)
                base = (below.depth + 1, own)
            }
        }
        shape.cyclic.sort()
        return shape
    }
}
