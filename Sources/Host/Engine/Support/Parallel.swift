import Dispatch

/// Work spread over the machine's cores.
public enum Parallel {
    /// `transform` applied to every element, spread over the cores, results in order. `transform` must only read
    /// shared state.
    public static func map<T, U>(_ items: [T], _ transform: (T) -> U) -> [U] {
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

extension Parallel {
    /// `first` and `second` run at the same time; both must only read shared state.
    public static func both<A, B>(_ first: () -> A, _ second: () -> B) -> (A, B) {
        var a: A?
        var b: B?
        withUnsafeMutablePointer(to: &a) { a in
            withUnsafeMutablePointer(to: &b) { b in
                withoutActuallyEscaping(first) { first in
                    withoutActuallyEscaping(second) { second in
                        let work = UnsafeSendablePair(first: first, second: second, a: a, b: b)
                        DispatchQueue.concurrentPerform(iterations: 2) { index in
                            if index == 0 { work.a.pointee = work.first() } else { work.b.pointee = work.second() }
                        }
                    }
                }
            }
        }
        return (a!, b!)
    }
}

/// Two pieces of work and where each puts its result, used from parallel iterations.
private struct UnsafeSendablePair<A, B>: @unchecked Sendable {
    public let first: () -> A
    public let second: () -> B
    public let a: UnsafeMutablePointer<A?>
    public let b: UnsafeMutablePointer<B?>
}

/// A buffer each parallel iteration writes one distinct slot of.
private struct UnsafeSendableBuffer<U>: @unchecked Sendable {
    public let buffer: UnsafeMutableBufferPointer<U?>
    public init(_ buffer: UnsafeMutableBufferPointer<U?>) { self.buffer = buffer }
}

/// A transform that only reads shared state, and the items it reads, used from parallel iterations.
private struct UnsafeSendableWork<T, U>: @unchecked Sendable {
    public let transform: (T) -> U
    public let items: [T]
    public init(_ transform: @escaping (T) -> U, _ items: [T]) {
        self.transform = transform
        self.items = items
    }
}
