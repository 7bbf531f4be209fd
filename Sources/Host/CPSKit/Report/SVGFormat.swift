/// Numbers for SVG attributes: at most one decimal, so charts are byte-for-byte stable.
enum SVGFormat {
    static func number(_ value: Double) -> String {
        let tenths = (value * 10).rounded() / 10
        return tenths == tenths.rounded() ? String(Int(tenths)) : String(tenths)
    }
}
