import CorporateParenting
import CPSEngine

extension SpreadsheetReader {
    /// The problems a decoding error holds: itself, or each of several.
    static func each(_ error: PackDecodingError) -> [PackDecodingError] {
        if case .several(let errors) = error { return errors.flatMap(each) }
        return [error]
    }

    /// The JSON path a decoding error is about: for a missing key, the key's own path (the decoder names the
    /// object that lacks it), so the reader can say which cell is empty.
    static func errorPath(_ error: PackDecodingError) -> String {
        let path = error.path ?? ""
        let marker = "the required key \""
        guard error.reason.hasPrefix(marker) else { return path }
        let key = error.reason.dropFirst(marker.count).prefix { $0 != "\"" }
        return path.isEmpty ? String(key) : path + "." + key
    }
}
