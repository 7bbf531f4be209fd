import Dispatch

/// Work spread over the machine's cores.
enum Parallel {
    /// `transform` applied to every element, spread over the cores, results in order. `transform` must only read
    /// shared state.
    static func map<T, U>(_ items: [T], _ transform: (T) -> U) -> [U] {
        guard items.count > 1 else { return items.map(transform) }
        var results = [U?](repeating: nil, count: items.count)
        results.withUnsafeMutableBufferPointer { buffer in
            let slots = UnsafeSendableBuffer(buffer)
            withoutActuallyEscaping(transform) { transform in
                let work = UnsafeSendableWork(transform, items)
                DispatchQueue.concurrentPerform(iterations: items.count) { index in
                    slots.buffer[index] = work.transform(work.items[index])
                }
            }
        }
        return results.map { $0! }
    }
}

/// A buffer each parallel iteration writes one distinct slot of.
private struct UnsafeSendableBuffer<U>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<U?>
    init(_ buffer: UnsafeMutableBufferPointer<U?>) { self.buffer = buffer }
}

/// A transform that only reads shared state, and the items it reads, used from parallel iterations.
private struct UnsafeSendableWork<T, U>: @unchecked Sendable {
    let transform: (T) -> U
    let items: [T]
    init(_ transform: @escaping (T) -> U, _ items: [T]) {
        self.transform = transform
        self.items = items
    }
}
