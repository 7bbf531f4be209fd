import CPSEngine
/// Parses a command's arguments against its spec: `--name value`, `--name=value`, `-n value`, flags, repeated
/// options and `--` before positionals that start with a dash.
enum ArgumentParser {
    static func parse(_ arguments: [String], for spec: CommandSpec) throws(CPSError) -> ParsedArguments {
        var parsed = ParsedArguments()
        var index = 0
        var onlyPositionals = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPositionals || !argument.hasPrefix("-") || argument == "-" {
                parsed.positionals.append(argument)
                continue
            }
            if argument == "--" {
                onlyPositionals = true
                continue
            }
            let (option, inlineValue) = try resolve(argument, in: spec)
            if option.takesValue {
                let value: String
                if let inlineValue {
                    value = inlineValue
                } else if index < arguments.count, !looksLikeOption(arguments[index]) {
                    value = arguments[index]
                    index += 1
                } else {
                    throw .usage("The option --\(option.name) needs a value (\(option.synopsis)).", command: spec.name)
                }
                if !option.repeatable, parsed.has(option.name), parsed.value(option.name) != value {
                    throw .usage("The option --\(option.name) was given twice with different values.", command: spec.name)
                }
                parsed.options[option.name, default: []].append(value)
            } else {
                if inlineValue != nil {
                    throw .usage("The flag --\(option.name) does not take a value.", command: spec.name)
                }
                parsed.options[option.name, default: []].append("")
            }
        }
        if parsed.has("help") { return parsed }
        try checkPositionals(parsed.positionals, for: spec)
        if let given = parsed.value("format") {
            parsed.options["format"] = [given.lowercased()]
        }
        if let format = parsed.value("format"), !spec.formats.map(\.rawValue).contains(format) {
            let names = spec.formats.map(\.rawValue).joined(separator: ", ")
            throw .usage("The format \"\(format)\" is not one `cps \(spec.name)` prints; choose \(names).", command: spec.name)
        }
        return parsed
    }

    private static func looksLikeOption(_ argument: String) -> Bool {
        argument.count > 1 && argument.hasPrefix("-") && Double(argument) == nil
    }

    private static func resolve(_ argument: String, in spec: CommandSpec) throws(CPSError) -> (OptionSpec, String?) {
        if argument.hasPrefix("--") {
            let body = argument.dropFirst(2)
            let name = body.split(separator: "=", maxSplits: 1).first.map(String.init) ?? ""
            let inline = body.contains("=") ? String(body.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)[1]) : nil
            guard let option = spec.allOptions.first(where: { $0.name == name }) else {
                throw unknownOption("--\(name)", spec)
            }
            return (option, inline)
        }
        let letters = Array(argument.dropFirst())
        guard letters.count == 1, let option = spec.allOptions.first(where: { $0.short == letters[0] }) else {
            throw unknownOption(argument, spec)
        }
        return (option, nil)
    }

    private static func unknownOption(_ given: String, _ spec: CommandSpec) -> CPSError {
        if given.hasPrefix("--"), let refusal = spec.refusal(of: String(given.dropFirst(2))) {
            return .usage(refusal, command: spec.name)
        }
        let names = spec.allOptions.map { "--\($0.name)" }
        let near = Suggestions.nearest(to: given, among: names)
        let hint = near.isEmpty ? "" : " Did you mean \(near.joined(separator: " or "))?"
        return .usage("`cps \(spec.name)` has no option \(given).\(hint)", command: spec.name)
    }

    private static func checkPositionals(_ positionals: [String], for spec: CommandSpec) throws(CPSError) {
        let required = spec.arguments.filter { !$0.optional }.count
        let variadic = spec.arguments.contains { $0.variadic }
        if positionals.count < required {
            let missing = spec.arguments.filter { !$0.optional }[positionals.count]
            throw .usage("`cps \(spec.name)` needs \(missing.synopsis): \(missing.help.lowercasingFirst().sentenceEnded())", command: spec.name)
        }
        if !variadic, positionals.count > spec.arguments.count {
            let extra = positionals[spec.arguments.count]
            throw .usage("`cps \(spec.name)` does not take the argument \"\(extra)\".", command: spec.name)
        }
    }
}
