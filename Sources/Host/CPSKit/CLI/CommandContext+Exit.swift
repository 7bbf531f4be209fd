import CPSEngine
extension CommandContext {
    /// Keeps `values` alive until the process exits when ``exitsAfterCommand`` is set, so that the operating
    /// system reclaims their memory at once instead of the command freeing every object on its way out.
    func leaveToExit(_ values: Any...) {
        guard exitsAfterCommand else { return }
        _ = Unmanaged.passRetained(ExitBox(values))
    }
}

/// What ``CommandContext/leaveToExit(_:)`` keeps.
private final class ExitBox {
    let values: [Any]
    init(_ values: [Any]) { self.values = values }
}
