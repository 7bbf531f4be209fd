#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Wall-clock timing and memory for the benchmark.
enum Clock {
    /// Seconds from a monotonic clock.
    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// The median of `runs` timings of `body`, in milliseconds, and the last result.
    static func median<T>(_ runs: Int, _ body: () throws -> T) rethrows -> (milliseconds: Double, result: T) {
        var times: [Double] = []
        var result: T?
        for _ in 0..<runs {
            let start = now()
            let value = try body()
            times.append((now() - start) * 1000)
            result = value  // the last run's result is freed here, outside the timing
        }
        return (median(of: times), result!)
    }

    /// The median of some timings.
    static func median(of times: [Double]) -> Double {
        let sorted = times.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
