import CorporateParenting

/// Mutations libFuzzer's byte-level ones rarely make, that found quadratic work and unreadable output in the pack
/// reader and validation: an entry repeated many times (so its id is too), a long unbroken string, and control
/// characters inside strings.
///
/// A text that parses as JSON is changed as a tree and written back compactly, so the result still parses and
/// reaches decoding and validation; other bytes are changed as bytes. Every result fits `maximumSize`.
enum PackMutation: CaseIterable {
    /// An element of an array, or a member of an object, given again many times.
    case repeatedItem
    /// A string replaced by a long one with no space to break it at.
    case longString
    /// Control characters (and line and bidirectional separators) put inside a string.
    case controlCharacters

    /// `bytes` mutated one way, or `nil` when it cannot be (the caller then mutates as libFuzzer does).
    static func mutate(_ bytes: [UInt8], maximumSize: Int, random: inout FuzzRandom) -> [UInt8]? {
        let mutation = allCases[random.below(allCases.count)]
        let result: [UInt8]?
        if let json = try? JSONParser.parse(bytes) {
            result = mutation.tree(json, room: maximumSize - bytes.count, random: &random).map { Array(JSONWriter.write($0, compact: true).utf8) }
        } else {
            result = mutation.raw(bytes, room: maximumSize - bytes.count, random: &random)
        }
        guard let result, result.count <= maximumSize, result != bytes else { return nil }
        return result
    }

    /// The characters `controlCharacters` puts in: C0 controls, DEL, NEL, the line and paragraph separators and
    /// the bidirectional overrides.
    static let controls: [Unicode.Scalar] = (0...0x1F).compactMap(Unicode.Scalar.init) + [
        "\u{7F}", "\u{85}", "\u{2028}", "\u{2029}", "\u{202E}", "\u{2066}", "\u{FEFF}",
    ]

    /// The mutation applied to a JSON tree, with about `room` bytes to grow by.
    func tree(_ json: JSONValue, room: Int, random: inout FuzzRandom) -> JSONValue? {
        switch self {
        case .repeatedItem:
            let target = random.below(max(1, JSONTree.count(json, containers: true)))
            return JSONTree.changing(json, containers: true, target: target) { value in
                switch value {
                case .array(let elements) where !elements.isEmpty:
                    let chosen = random.below(elements.count)
                    let size = JSONWriter.write(elements[chosen], compact: true).utf8.count + 1
                    let copies = Self.howMany(room / size, random: &random)
                    var repeated = elements
                    repeated.insert(contentsOf: Array(repeating: elements[chosen], count: copies), at: chosen + 1)
                    return .array(repeated)
                case .object(var object) where !object.members.isEmpty:
                    let member = object.members[random.below(object.members.count)]
                    let size = JSONWriter.write(member.value, compact: true).utf8.count + member.key.utf8.count + 4
                    object.members += Array(repeating: member, count: Self.howMany(room / size, random: &random))
                    return .object(object)
                default:
                    return nil
                }
            }
        case .longString, .controlCharacters:
            let target = random.below(max(1, JSONTree.count(json, containers: false)))
            return JSONTree.changing(json, containers: false, target: target) { value in
                guard case .string(let text) = value else { return nil }
                return .string(self == .longString ? Self.long(room: room, random: &random) : Self.withControls(text, random: &random))
            }
        }
    }

    /// The mutation applied to bytes that are not JSON.
    func raw(_ bytes: [UInt8], room: Int, random: inout FuzzRandom) -> [UInt8]? {
        guard !bytes.isEmpty, room > 0 else { return nil }
        var result = bytes
        let at = random.below(bytes.count + 1)
        switch self {
        case .repeatedItem:
            let start = random.below(bytes.count), length = random.int(1...min(256, bytes.count - start))
            let piece = bytes[start..<(start + length)]
            let copies = Self.howMany(room / length, random: &random)
            result.insert(contentsOf: (0..<copies).flatMap { _ in piece }, at: at)
        case .longString:
            result.insert(contentsOf: Array(Self.long(room: room, random: &random).utf8), at: at)
        case .controlCharacters:
            result.insert(contentsOf: (0..<random.int(1...8)).map { _ in UInt8(random.below(0x20)) }, at: at)
        }
        return result
    }

    /// How many copies or characters to add, at most `room` (and 60,000): as often under an eighth of that as over,
    /// so inputs stay small enough to run quickly and now and then reach the largest.
    static func howMany(_ room: Int, random: inout FuzzRandom) -> Int {
        random.int(1...max(1, min(60_000, room) >> random.below(8)))
    }

    /// Letters with no space, up to `room` of them, sometimes one letter repeated.
    static func long(room: Int, random: inout FuzzRandom) -> String {
        let length = howMany(room, random: &random)
        if random.below(2) == 0 { return String(repeating: "a", count: length) }
        let letters = Array("abcdefghijklmnopqrstuvwxyz-0123456789")
        return String((0..<length).map { _ in letters[random.below(letters.count)] })
    }

    /// `text` with a few control characters put in at random places.
    static func withControls(_ text: String, random: inout FuzzRandom) -> String {
        var scalars = Array(text.unicodeScalars)
        for _ in 0..<random.int(1...4) {
            scalars.insert(controls[random.below(controls.count)], at: random.below(scalars.count + 1))
        }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars)
        return String(result)
    }
}
