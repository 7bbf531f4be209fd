import CPSEngine
/// The README's table of commands, in Markdown, made from the commands' specs (`cps manual --markdown`); a test
/// checks that the README carries exactly this table.
enum CommandTable {
    /// One row per command: its synopsis, its options, and what it does.
    static func markdown(commands specs: [CommandSpec]) -> String {
        var table = "| Command | Options | What it does |\n|---|---|---|\n"
        for spec in specs {
            let usage = (["cps", spec.name] + spec.arguments.map(\.synopsis)).joined(separator: " ")
            let options = spec.options.map { "`--\($0.name)`" }.joined(separator: " ")
            table += "| " + cell("`\(usage)`") + " | " + cell(options) + " | " + cell(spec.abstract) + " |\n"
        }
        return table
    }

    /// A cell's text, kept one cell and literal: pipes escaped, and outside code spans `*` and `<` escaped so that
    /// Markdown reads no emphasis or HTML into them.
    private static func cell(_ text: String) -> String {
        var escaped = "", code = false
        for character in text {
            switch character {
            case "`": code.toggle(); escaped.append(character)
            case "|": escaped += "\\|"
            case "*" where !code: escaped += "\\*"
            case "<" where !code: escaped += "&lt;"
            case "\n": escaped += " "
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
