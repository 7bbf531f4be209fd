import Dispatch

/// Spreads independent work over the machine's cores.
enum Parallel {
    /// The sum of `body(i)` for `i` in `0..<count`, the calls spread over the cores.
    static func sum(_ count: Int, _ body: @Sendable (Int) -> Int) -> Int {
        let results = UnsafeMutableBufferPointer<Int>.allocate(capacity: count)
        defer { results.deallocate() }
        let slots = Slots(results)
        DispatchQueue.concurrentPerform(iterations: count) { index in slots.buffer[index] = body(index) }
        return results.reduce(0, +)
    }

    /// Each iteration writes only its own slot.
    private struct Slots: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<Int>
        init(_ buffer: UnsafeMutableBufferPointer<Int>) { self.buffer = buffer }
    }
}
