import CPSEngine
/// Moves common options given before the command's name to just after it, so `cps --format json list` runs as
/// `cps list --format json`; the command's own spec then decides whether it takes them.
enum LeadingOptions {
    /// The command line with the command's name first; unchanged when it does not start with a common option.
    static func reorder(_ arguments: [String]) throws(CPSError) -> [String] {
        var leading: [String] = []
        var index = 0
        while index < arguments.count, let option = option(arguments[index]) {
            leading.append(arguments[index])
            index += 1
            if option.takesValue, !arguments[index - 1].contains("=") {
                guard index < arguments.count else {
                    throw .usage("The option --\(option.name) needs a value (\(option.synopsis)).", command: nil)
                }
                leading.append(arguments[index])
                index += 1
            }
        }
        guard !leading.isEmpty else { return arguments }
        guard index < arguments.count else {
            throw .usage("Give a command after \(leading.joined(separator: " ")), such as `cps \(leading.joined(separator: " ")) list`.", command: nil)
        }
        if arguments[index].hasPrefix("-") {
            throw .usage("The option \(arguments[index]) cannot come before the command; only the common options can (\(names)).", command: nil)
        }
        return [arguments[index]] + leading + arguments[(index + 1)...]
    }

    /// The common option `argument` names (`--format`, `--format=json`, `-o`), or nil.
    private static func option(_ argument: String) -> OptionSpec? {
        if argument.hasPrefix("--") {
            let name = argument.dropFirst(2).split(separator: "=", maxSplits: 1).first.map(String.init) ?? ""
            return CommonOptions.leading.first { $0.name == name }
        }
        guard argument.count == 2, argument.hasPrefix("-"), let letter = argument.last else { return nil }
        return CommonOptions.leading.first { $0.short == letter }
    }

    /// The options that may come first, for messages.
    private static var names: String {
        CommonOptions.leading.map { "--\($0.name)" }.joined(separator: ", ")
    }
}
