import CorporateParenting
import CPSKit

/// Any bytes through the CSV reader and DfE's tidy layout, selecting every standard measure's series.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSVReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = try? CSVReader.read(bytes)
    if let table = try? DfETable(bytes: bytes, path: "fuzz.csv") {
        for measure in OutcomeFramework.standard.measures {
            if let binding = measure.dfe { _ = try? table.series(for: binding) }
        }
    }
    return 0
}
