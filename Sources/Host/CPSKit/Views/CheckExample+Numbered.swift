import CPSEngine

extension CheckExample {
    /// One example as it displays, or several numbered: "(1) ... (2) ...", as the rules' tables show them.
    static func numbered(_ examples: [CheckExample]) -> String {
        guard examples.count > 1 else { return examples.first?.display ?? "" }
        return examples.enumerated().map { "(\($0.offset + 1)) \($0.element.display)" }.joined(separator: " ")
    }
}
