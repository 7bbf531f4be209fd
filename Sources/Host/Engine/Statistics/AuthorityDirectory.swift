import CorporateParenting

/// DfE's list of local authorities, built in from DfE's files (`scripts/make-statistics-snapshot.py` writes
/// `AuthorityDirectory+Data.swift`): each authority's DfE and ONS codes, name, region and the years it existed. It
/// fills and checks the codes and region a pack gives (`cps init --la`, `cps validate`).
///
/// ```swift
/// let blackpool = try AuthorityDirectory.builtIn.find("Blackpool")   // or "890", or "E06000009"
/// blackpool.region                                                    // "North West"
/// ```
public struct AuthorityDirectory: Sendable {
    /// One authority as DfE lists it.
    public struct Entry: Sendable, Equatable {
        /// DfE's three-digit code, such as "890".
        public var dfeCode: String
        /// The ONS code DfE gives it, such as "E06000009".
        public var onsCode: String
        /// Other ONS codes DfE's files use for it (an authority recoded after a boundary change).
        public var otherONSCodes: [String]
        /// Its name as DfE spells it, such as "Kingston upon Hull, City of".
        public var name: String
        /// DfE's region label: one of England's nine regions, or "Inner London" or "Outer London".
        public var regionLabel: String
        /// The years it existed in DfE's figures (Cumbria: 2021 to 2023).
        public var years: [String]

        /// England's region as a pack names it: "London" for Inner and Outer London's boroughs.
        public var region: String { regionLabel == "Inner London" || regionLabel == "Outer London" ? "London" : regionLabel }

        /// Whether this ONS code is the authority's.
        public func has(onsCode code: String) -> Bool {
            onsCode.caseInsensitiveEquals(code) || otherONSCodes.contains { $0.caseInsensitiveEquals(code) }
        }
    }

    /// Every authority, in DfE code order.
    public var entries: [Entry]

    /// England's nine regions as DfE names them.
    public static let regions = ["North East", "North West", "Yorkshire and The Humber", "East Midlands", "West Midlands",
                                 "East of England", "London", "South East", "South West"]

    /// The built-in list, read on first use.
    public static let builtIn = AuthorityDirectory(table: table)

    /// Reads lines of `DfE code|ONS code|other ONS codes|name|region|years`; other lines are skipped.
    init(table: String) {
        entries = table.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 6 else { return nil }
            return Entry(dfeCode: fields[0], onsCode: fields[1], otherONSCodes: fields[2].split(separator: ",").map(String.init),
                         name: fields[3], regionLabel: fields[4], years: fields[5].split(separator: ",").map(String.init))
        }
    }

    /// The authority with this DfE code.
    public func entry(dfeCode code: String) -> Entry? {
        entries.first { $0.dfeCode == code.trimmingCharacters(in: " ") }
    }

    /// The authority with this ONS code (its own, or another DfE's files use for it).
    public func entry(onsCode code: String) -> Entry? {
        let code = code.trimmingCharacters(in: " ")
        return entries.first { $0.has(onsCode: code) }
    }

    /// The authority `typed` names: a DfE or ONS code, or a name as ``AuthorityNames`` matches it. Several matches
    /// are an error naming them; none, an error with the nearest names.
    public func find(_ typed: String) throws(EngineError) -> Entry {
        if let coded = entry(dfeCode: typed) ?? entry(onsCode: typed) { return coded }
        switch AuthorityNames.match(typed, among: entries.map(\.name)) {
        case .one(let place): return entries[place]
        case .several(let places): throw .ambiguousStatisticsAuthority(typed, candidates: places.map { entries[$0].name })
        case .none:
            let suggestions = AuthorityNames.normalised(typed).isEmpty ? [] : Suggestions.nearest(to: typed, among: entries.map(\.name))
            throw .unknownDfEAuthority(typed, suggestions: suggestions)
        }
    }

    /// The region `typed` names in any case and punctuation ("south-east" is "South East"), or nil.
    public static func region(_ typed: String) -> String? {
        let wanted = AuthorityNames.normalised(typed)
        return regions.first { AuthorityNames.normalised($0) == wanted }
    }
}
