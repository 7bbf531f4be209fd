import CorporateParenting
import CPSEngine

extension CommandContext {
    /// The authorities `--authorities` and `--region` select, profiled, in the order given (or by id).
    func selectedProfiles(_ arguments: ParsedArguments, ids: [String] = []) throws(CPSError) -> [PackProfile] {
        let named = ids + (arguments.value("authorities").map(Self.splitList) ?? [])
        let selected = try catalog(arguments).select(ids: named, region: arguments.value("region"))
        return PackProfile.profiles(selected.map(\.pack), framework: framework)
    }

    /// The date `--as-of` gives, or today.
    func asOf(_ arguments: ParsedArguments) throws(CPSError) -> PartialDate {
        guard let text = arguments.value("as-of") else { return today }
        return try DateArgument.parse(text, option: "--as-of").earliestDay
    }

    static func splitList(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: " ") }.filter { !$0.isEmpty }
    }
}
