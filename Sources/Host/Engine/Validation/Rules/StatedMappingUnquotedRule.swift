import CorporateParenting

/// A mapping the document states quotes the document's words, so a reader can check it is not a judgement.
struct StatedMappingUnquotedRule: ValidationRule {
    static let description = CheckDescription(
        id: "stated-mapping-unquoted", name: "Stated mapping without the document's words", severity: .warning,
        summary: "A mapping whose basis is \"stated\" gives, in its note, the words in which the document states it.",
        triggering: [CheckExample("sections[0].content[0].item.mappings[0].basis", "\"stated\"")],
        nonTriggering: [CheckExample("sections[0].content[0].item.mappings[0].basis", #""stated""#,
                                     and: CheckExample("sections[0].content[0].item.mappings[0].note", #""Our first priority is that every child in our care is heard.""#))]
    )

    func check(_ input: ValidationInput) -> [Finding] {
        var findings: [Finding] = []
        input.eachMapping { path, mapping in
            guard mapping.basis == .stated, ValidationFacts.isBlank(mapping.note ?? "") else { return }
            findings.append(finding("\(path).note", "The mapping is stated by the document, but its note does not quote the document's words."))
        }
        return findings
    }
}
