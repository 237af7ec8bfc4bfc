import FactlintCore

/// The compiler convention: `path:line:column: level: message [rule]`, then a note for each
/// other place the finding concerns, then one summary line.
public struct TextReporter: Reporter {
    public static let identifier = "text"
    public static let description = "compiler-style lines (the default)"

    public var color: Bool
    public var quiet: Bool

    public init(color: Bool = false, quiet: Bool = false) {
        self.color = color
        self.quiet = quiet
    }

    public func report(_ result: LintResult) -> String {
        var lines: [String] = []
        for finding in result.findings {
            let level = paint(finding.level.rawValue, TextReporter.colour(of: finding.level))
            lines.append("\(bold(finding.primary.span.location)): \(level): \(finding.message) [\(finding.rule)]")
            if !quiet {
                for location in finding.related {
                    let note = location.note ?? location.value.map { "\"\($0)\"" } ?? ""
                    lines.append("  \(location.span.location): \(paint("note", "36")): \(note)")
                }
                if let fix = finding.fix { lines.append("  fix: \(fix)") }
            }
        }
        let s = result.summary
        let failed = result.checks.count { $0.status == .fail }
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        lines.append("\(plural(s.documents, "document")), \(plural(s.claims, "claim")), \(plural(s.checks, "check")) "
            + "(\(failed) failed): \(plural(s.errors, "error")), \(plural(s.warnings, "warning")), \(plural(s.infos, "info"))")
        return lines.joined(separator: "\n") + "\n"
    }

    static func colour(of level: Level) -> String {
        switch level {
        case .error: "1;31"
        case .warning: "1;33"
        case .info: "1;34"
        }
    }

    private func paint(_ text: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    private func bold(_ text: String) -> String { paint(text, "1") }
}
