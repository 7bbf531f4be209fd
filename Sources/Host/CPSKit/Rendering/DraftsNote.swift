import CorporateParenting
import CPSEngine

/// What every output says when `--include-drafts` let packs with prompts or drafts load: a note before the text,
/// Markdown and HTML, and `"includesDrafts": true` in a JSON object. CSV stays one plain table.
enum DraftsNote {
    /// The note, one sentence.
    static let sentence = "These results include packs that are not yet filled in (prompts reading \"TO BE COMPLETED\" or draft entries nobody has confirmed), loaded with --include-drafts, so they are not yet the councils' own words."

    /// `view` rendered in `format` with the note.
    static func render<View: Renderable>(_ view: View, as format: OutputFormat, width: Int) throws -> String {
        switch format {
        case .json:
            var json = try JSONValueEncoder().encode(view)
            if case .object(var object) = json {
                object.members.append(("includesDrafts", .bool(true)))
                json = .object(object)
            }
            return JSONWriter.write(json) + "\n"
        case .text:
            return "Note: \(sentence)\n\n" + (try format.renderer(width: width).render(view))
        case .markdown:
            return "> **Note:** \(sentence)\n\n" + (try format.renderer(width: width).render(view))
        case .html:
            let page = try format.renderer(width: width).render(view)
            return page.replacing("<body>", with: "<body>\n<p class=\"note\" role=\"note\"><strong>Note:</strong> \(HTML.escape(sentence))</p>", maxReplacements: 1)
        default:
            return try format.renderer(width: width).render(view)
        }
    }
}
