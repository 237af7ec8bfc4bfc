import FactlintCore

/// GitHub Actions workflow commands: one `::error`, `::warning` or `::notice` line per finding,
/// which the runner turns into an annotation on the article at the finding's primary place.
/// The other places go in the message, one per line, since GitHub caps annotations per step.
/// Escaping follows actions/toolkit: in the message `%`, CR and LF; in property values also
/// `:` and `,`. A last plain line gives the summary for the log.
public struct GitHubReporter: Reporter {
    public static let identifier = "github"
    public static let description = "GitHub Actions annotations (::error file=…,line=…::message)"

    /// A GitHub annotations reporter (it has no settings).
    public init() {}

    /// The GitHub annotations report of a result.
    public func report(_ result: LintResult) -> String {
        var lines: [String] = []
        for finding in result.findings {
            let span = finding.primary.span
            let properties = [
                ("file", span.path), ("line", "\(span.line)"), ("col", "\(span.column)"),
                ("endLine", "\(span.endLine)"), ("endColumn", "\(span.endColumn)"),
                ("title", "factlint \(finding.rule)"),
            ].map { "\($0.0)=\(GitHubReporter.escapeProperty($0.1))" }.joined(separator: ",")
            var message = [finding.message + " [\(finding.rule)]"]
            for location in finding.related {
                let value = location.value.map { " (\($0))" } ?? ""
                message.append("\(location.span.location): \"\(location.span.text)\"\(value)")
            }
            if let fix = finding.fix { message.append("fix: \(fix)") }
            let text = GitHubReporter.escapeData(message.joined(separator: "\n"))
            lines.append("::\(GitHubReporter.command(for: finding.level)) \(properties)::\(text)")
        }
        let s = result.summary
        let failed = result.checks.count { $0.status == .fail }
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        lines.append("factlint: \(plural(s.documents, "document")), \(plural(s.checks, "check")) (\(failed) failed): "
            + "\(plural(s.errors, "error")), \(plural(s.warnings, "warning")), \(plural(s.infos, "info"))")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The workflow command for a level.
    static func command(for level: Level) -> String {
        switch level {
        case .error: "error"
        case .warning: "warning"
        case .info: "notice"
        }
    }

    /// A message as actions/toolkit escapes it: `%` → `%25`, CR → `%0D`, LF → `%0A`.
    public static func escapeData(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A property value as actions/toolkit escapes it: as a message, and `:` → `%3A`, `,` → `%2C`.
    public static func escapeProperty(_ text: String) -> String {
        var out = ""
        for scalar in escapeData(text).unicodeScalars {
            switch scalar {
            case ":": out += "%3A"
            case ",": out += "%2C"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
