import FactlintCore

/// Checkstyle XML (version 4.3), as Jenkins Warnings NG, reviewdog and many IDE plugins read it:
/// one `<file>` per linted article, one `<error>` per place a finding points at. A contradiction
/// across articles is shown in every article it concerns: the primary place carries the
/// message, each other place repeats it with where it is reported and the words found there.
public struct CheckstyleReporter: Reporter {
    public static let identifier = "checkstyle"
    public static let description = "Checkstyle XML: an <error> in each article a finding concerns"

    /// A Checkstyle reporter (it has no settings).
    public init() {}

    /// The Checkstyle report of a result.
    public func report(_ result: LintResult) -> String {
        var byFile: [String: [Entry]] = [:]
        for document in result.documents { byFile[document.path] = [] }
        for finding in result.findings {
            byFile[finding.primary.span.path, default: []].append(Entry(span: finding.primary.span, finding: finding,
                                                                        message: finding.message))
            for location in finding.related {
                let message = "\(finding.message) (reported at \(finding.primary.span.location); here: \"\(location.span.text)\")"
                byFile[location.span.path, default: []].append(Entry(span: location.span, finding: finding, message: message))
            }
        }
        let writer = XMLWriter()
        writer.element("checkstyle", [("version", "4.3")]) {
            for path in byFile.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
                let entries = byFile[path, default: []].sorted { ($0.span, $0.finding.rule, $0.message) < ($1.span, $1.finding.rule, $1.message) }
                writer.element("file", [("name", path)]) {
                    for entry in entries {
                        writer.element("error", [
                            ("line", "\(entry.span.line)"),
                            ("column", "\(entry.span.column)"),
                            ("severity", entry.finding.level.rawValue),
                            ("message", "\(entry.message) [\(entry.finding.rule)]"),
                            ("source", "factlint.\(entry.finding.rule)"),
                        ])
                    }
                }
            }
        }
        return writer.finish()
    }

    private struct Entry {
        var span: Span
        var finding: Finding
        var message: String
    }
}
