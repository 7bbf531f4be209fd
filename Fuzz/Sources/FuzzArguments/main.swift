import CPSKit

/// Any bytes as a command line (arguments separated by NUL or newline) through the argument parser; nothing runs.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzArguments(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let arguments = bytes.split(omittingEmptySubsequences: false) { $0 == 0 || $0 == 10 }.map { String(decoding: $0, as: UTF8.self) }
    _ = CPS.parse(arguments)
    return 0
}
