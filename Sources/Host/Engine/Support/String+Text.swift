/// The small text helpers `cps` needs without Foundation's string extensions (FoundationEssentials lacks them).
extension String {
    /// Whether the two are equal ignoring case.
    public func caseInsensitiveEquals(_ other: String) -> Bool { lowercased() == other.lowercased() }

    /// This string with every occurrence of `target` replaced.
    public func replacingAll(_ target: String, with replacement: String) -> String {
        let target = Array(target), characters = Array(self)
        guard !target.isEmpty, characters.count >= target.count else { return self }
        var result = ""
        var index = 0
        while index < characters.count {
            if characters[index] == target[0], index + target.count <= characters.count,
               Array(characters[index..<index + target.count]) == target {
                result += replacement
                index += target.count
            } else {
                result.append(characters[index])
                index += 1
            }
        }
        return result
    }

    /// The text with a full stop at its end, unless it ends in one already.
    public func sentenceEnded() -> String {
        guard let last = last else { return self }
        return ".?!".contains(last) ? self : self + "."
    }

    /// The text without a final full stop.
    public func droppingFinalPeriod() -> String { hasSuffix(".") ? String(dropLast()) : self }

    /// The text with its first letter in lower case.
    public func lowercasingFirst() -> String {
        let second = dropFirst().first
        if second?.isUppercase == true || second?.isNumber == true { return self }  // "DfE", "CSV", "A1"
        return prefix(1).lowercased() + dropFirst()
    }

    /// The text without trailing spaces.
    public func trailingSpacesRemoved() -> String {
        let bytes = utf8
        guard bytes.last == UInt8(ascii: " ") else { return self }
        var end = bytes.endIndex
        while end > bytes.startIndex, bytes[bytes.index(before: end)] == UInt8(ascii: " ") { end = bytes.index(before: end) }
        return String(self[..<end])
    }

    /// The text without `character` at either end.
    public func trimmingCharacters(in character: Character) -> String {
        self[...].trimmingCharacters(in: character)
    }
}

extension Substring {
    /// The text without `character` at either end.
    public func trimmingCharacters(in character: Character) -> String {
        var slice = self
        while slice.first == character { slice.removeFirst() }
        while slice.last == character { slice.removeLast() }
        return String(slice)
    }
}
