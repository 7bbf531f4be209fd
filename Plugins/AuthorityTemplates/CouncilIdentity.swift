/// Who a scaffolded council is: its name as it styles itself, its pack's id, its codes and its region, each
/// checked by ``checked()`` before any of it is written into Swift source.
public struct CouncilIdentity: Equatable, Sendable {
    /// The council's name, such as "Blackpool Council"; any text (it is written as an escaped literal).
    public var name: String
    /// The pack's id, such as "blackpool".
    public var id: String
    /// The ONS (GSS) code, such as "E06000009".
    public var ons: String?
    /// The DfE code, such as "890".
    public var dfe: String?
    /// The region, one of ``regions``.
    public var region: String?

    /// An identity; nothing is checked until ``checked()``.
    public init(name: String, id: String, ons: String? = nil, dfe: String? = nil, region: String? = nil) {
        self.name = name
        self.id = id
        self.ons = ons
        self.dfe = dfe
        self.region = region
    }

    /// England's nine regions, spelt as DfE's statistics spell them.
    public static let regions = [
        "North East", "North West", "Yorkshire and The Humber", "East Midlands", "West Midlands",
        "East of England", "London", "South East", "South West",
    ]

    /// An id from a council's name: "Blackpool Council" -> "blackpool", "Borough of Poole" -> "borough-of-poole".
    public static func id(from name: String) -> String {
        var slug = ""
        for scalar in name.lowercased().unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        for suffix in ["-metropolitan-borough-council", "-borough-council", "-county-council", "-city-council", "-council"]
        where slug.hasSuffix(suffix) && slug.count > suffix.count {
            slug.removeLast(suffix.count)
            break
        }
        return slug
    }

    /// A module name in words: "NorthSomerset" -> "North Somerset".
    public static func words(_ name: String) -> String {
        var text = ""
        for character in name {
            if character.isUppercase, let last = text.last, last.isLowercase || last.isNumber { text += " " }
            text.append(character)
        }
        return text
    }
}
