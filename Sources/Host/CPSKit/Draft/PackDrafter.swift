import CorporateParenting
import CPSEngine

/// Drafts a schema 2 pack from a strategy's text: finds its outline, places each block under its section and
/// proposes entries, each wrapped as a draft with its lines until a person confirms it.
///
/// It reads only the text given: no network, no model; the same text gives the same pack, byte for byte.
public enum PackDrafter {
    /// Who the council is, as the command line or DfE's list gives it.
    public struct Identity: Equatable, Sendable {
        /// The pack's id.
        public var id: String
        /// The council's name.
        public var name: String
        /// Its ONS and DfE codes, when known.
        public var codes: AuthorityCodes
        /// Its region, when known.
        public var region: String?

        /// Creates an identity.
        public init(id: String, name: String, codes: AuthorityCodes = AuthorityCodes(), region: String? = nil) {
            self.id = id
            self.name = name
            self.codes = codes
            self.region = region
        }
    }

    /// The text of `bytes`, or the problem that stops it being drafted from (empty, binary, not UTF-8).
    public static func text(of bytes: [UInt8]) throws(DraftProblem) -> String {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { throw .empty }
        if bytes.contains(0) { throw .binary }
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        var text = ""
        text.reserveCapacity(bytes.count)
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                text.unicodeScalars.append(scalar)
                offset += UTF8.width(scalar)
            case .emptyInput: break loop
            case .error: throw .notUTF8(offset: offset)
            }
        }
        return text
    }

    /// The pack drafted from `text` read as `format`; `fileName` is recorded as the edition it was made from.
    public static func draft(_ text: String, format: DraftFormat, identity: Identity, fileName: String? = nil) throws(DraftProblem) -> AuthorityPack {
        let read: [DraftLine] = switch format {
        case .text: PlainTextReader.lines(text)
        case .markdown: MarkdownReader.lines(text)
        case .html: HTMLReader.lines(text)
        }
        guard read.contains(where: { !$0.text.isEmpty }) else { throw .nothingToDraft }
        var lines = read
        let contents = ContentsPage.find(in: lines)
        if format == .text { lines = LabelLines.joined(lines, contents: Set((contents?.titles ?? []).map(DraftText.normalised))) }
        var headings = OutlineFinder(lines: lines, contents: contents).headings()
        let title = DocumentTitle.find(lines, format: format)
        // The title line opens the first section when text comes before the first heading.
        if format == .text, let title, let titleIndex = title.index, titleIndex < (headings.first?.index ?? lines.count),
           lines[..<(headings.first?.index ?? lines.count)].contains(where: { !$0.text.isEmpty && $0.number != lines[titleIndex].number })
        {
            headings.insert(DraftHeading(index: titleIndex, title: lines[titleIndex].text, level: 1), at: 0)
        }
        var document = StrategyDocument(title: title?.text ?? identity.name, period: DocumentTitle.period(lines), capture: .whole)
        if let fileName { document.edition = "Drafted by cps draft from \(fileName)" }
        let sections = SectionBuilder(lines: lines, headings: headings, contents: contents).sections()
        return AuthorityPack(id: identity.id, name: identity.name, codes: identity.codes, region: identity.region, document: document, sections: sections)
    }
}
