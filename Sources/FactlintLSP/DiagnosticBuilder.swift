import FactlintCore

/// Turns a story's findings into the protocol's diagnostics for one open article: one
/// diagnostic for each place of a finding in that article, with the rule id as `code`, the
/// level as severity, and the finding's places in the other articles (and elsewhere in this
/// one) as `relatedInformation`, each with the words and value stated there.
struct DiagnosticBuilder {
    var snapshot: StorySnapshot
    /// The URI the editor uses for each open article (closed ones get a `file://` URI).
    var uris: [String: String]

    /// The diagnostics for the article at `path`, in the order of the findings.
    func diagnostics(for path: String) -> [JSON] {
        var out: [JSON] = []
        for finding in snapshot.result.findings {
            for (index, location) in finding.locations.enumerated() where location.span.path == path {
                out.append(diagnostic(finding, at: index))
            }
        }
        return out
    }

    /// The diagnostic for the `index`th place of a finding (0: the primary place).
    func diagnostic(_ finding: Finding, at index: Int) -> JSON {
        let location = finding.locations[index]
        var message = finding.message
        if index > 0 {
            let primary = finding.primary.span
            message += " (reported at \(DiagnosticBuilder.name(primary.path)):\(primary.line):\(primary.column); here: \"\(location.span.text)\")"
        }
        let related: [JSON] = finding.locations.enumerated().compactMap { other, place in
            guard other != index else { return nil }
            return ["location": ["uri": .string(uri(place.span.path)), "range": snapshot.range(of: place.span)],
                    "message": .string(DiagnosticBuilder.describe(place))]
        }
        var data: [String: JSON] = ["fingerprint": .string(finding.fingerprint)]
        if let fix = finding.fix { data["fix"] = .string(fix) }
        if let key = finding.key { data["key"] = .string(key) }
        return ["range": snapshot.range(of: location.span),
                "severity": .int(DiagnosticBuilder.severity(finding.level)),
                "code": .string(finding.rule),
                "source": "factlint",
                "message": .string(message),
                "relatedInformation": .array(related),
                "data": .object(data)]
    }

    /// The editor's URI for a path.
    func uri(_ path: String) -> String { uris[path] ?? DocumentURI.uri(path) }

    /// Error 1, warning 2, information 3 (the protocol's DiagnosticSeverity).
    static func severity(_ level: Level) -> Int {
        switch level {
        case .error: 1
        case .warning: 2
        case .info: 3
        }
    }

    /// A place's words, value and note: `"more than 1,000" (>1000)`.
    static func describe(_ location: Finding.Location) -> String {
        var text = "\"\(location.span.text)\""
        if let value = location.value, value != location.span.text { text += " (\(value))" }
        if let note = location.note, note != text, note != location.span.text { text += " — \(note)" }
        return text
    }

    /// A file's name without its folder, for messages.
    static func name(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
