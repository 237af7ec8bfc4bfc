import FactlintCore

/// Quick fixes for the findings at a range of an open article: use the preferred spelling
/// (at every place that has the same words as the finding's primary place), and silence the
/// finding with a `factlint-disable-next-line` comment on the line above.
struct CodeActionBuilder {
    var snapshot: StorySnapshot
    var uris: [String: String]

    /// The actions for findings with a place in `path` overlapping the byte range `start..<end`
    /// (an empty range touches the place it is in).
    func actions(for path: String, start: Int, end: Int) -> [JSON] {
        guard let text = snapshot.lines[path] else { return [] }
        let diagnostics = DiagnosticBuilder(snapshot: snapshot, uris: uris)
        let uri = diagnostics.uri(path)
        var out: [JSON] = []
        var silenced = Set<String>()
        for finding in snapshot.result.findings {
            for (index, location) in finding.locations.enumerated() where location.span.path == path {
                let span = location.span
                guard min(start, end) <= span.endOffset, max(start, end) >= span.startOffset else { continue }
                let diagnostic = diagnostics.diagnostic(finding, at: index)
                if let fix = finding.fix, span.text == finding.primary.span.text, span.text != fix {
                    out.append(["title": .string("Use '\(fix)'"), "kind": "quickfix", "isPreferred": true,
                                "diagnostics": [diagnostic],
                                "edit": ["changes": [uri: [["range": text.range(span.startOffset, span.endOffset), "newText": .string(fix)]]]]])
                }
                let line = text.position(ofByte: span.startOffset).line
                guard silenced.insert("\(finding.rule)@\(line)").inserted else { continue }
                let comment = CodeActionBuilder.comment(rule: finding.rule, path: path)
                let insertion = TextLines.Position(line: line, character: 0).json
                out.append(["title": .string("Silence \(finding.rule) here (factlint-disable-next-line)"), "kind": "quickfix",
                            "diagnostics": [diagnostic],
                            "edit": ["changes": [uri: [["range": ["start": insertion, "end": insertion],
                                                          "newText": .string(comment + CodeActionBuilder.lineBreak(of: text))]]]]])
            }
        }
        return out
    }

    /// The suppression comment for a file: an HTML comment, or a `#` line in plain text.
    static func comment(rule: String, path: String) -> String {
        let ext = path.split(separator: ".").last.map { $0.lowercased() } ?? ""
        let directive = "factlint-disable-next-line \(rule) -- checked: say why"
        return ["txt", "text"].contains(ext) ? "# " + directive : "<!-- " + directive + " -->"
    }

    /// The text's own line break (CRLF when its first line ends so), for inserted lines.
    static func lineBreak(of text: TextLines) -> String {
        guard let newline = text.bytes.firstIndex(of: 0x0A) else { return "\n" }
        return newline > 0 && text.bytes[newline - 1] == 0x0D ? "\r\n" : "\n"
    }
}
