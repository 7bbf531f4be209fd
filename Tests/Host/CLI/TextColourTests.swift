@testable import CPSEngine
@testable import CPSKit
import Testing

/// The colour `cps` adds on a terminal: headings in bold, validate's severity words in their colours, and nothing
/// at all when the console does not use colour.
@Suite struct TextColourTests {
    static let text = "Title\n=====\n\np.json:3:5: error [schema] id: bad.\np.json:4:1: warning [dates] period: odd.\np.json:5:1: info [style] name: long.\n"

    @Test func colouredOnlyWhenTheConsoleUsesColour() {
        let (plain, _) = Console.capturing()
        #expect(TextColour.apply(Self.text, console: plain) == Self.text)
        let (terminal, _) = Console.capturing(isTerminal: true)
        terminal.configure(quiet: false, colour: true)
        let coloured = TextColour.apply(Self.text, console: terminal)
        #expect(coloured.hasPrefix("\u{1B}[1;39mTitle\u{1B}[0m\n=====\n"))
        #expect(coloured.contains("p.json:3:5: \u{1B}[1;31merror\u{1B}[0m [schema] id: bad."))
        #expect(coloured.contains("p.json:4:1: \u{1B}[33mwarning\u{1B}[0m [dates]"))
        #expect(coloured.contains("p.json:5:1: \u{1B}[36minfo\u{1B}[0m [style]"))
    }
}
