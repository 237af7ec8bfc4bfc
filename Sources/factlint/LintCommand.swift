import ArgumentParser
import FactlintCore
import FactlintReporters
import Foundation

/// `factlint [lint] PATH…`: the linter.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Lint articles for contradictions (the default command).",
        discussion: """
        Formats: \(Reporters.all.map { "\($0.identifier) (\($0.description))" }.joined(separator: "; ")).
        --format FORMAT writes to standard output; --format FORMAT:FILE writes a file (atomically).

        Examples:
          factlint seeds/
          factlint seeds/ --format text --format junit:factlint.xml
          factlint seeds/ --reference-date 2025-09-11 --strict
        """)

    @OptionGroup var input: InputOptions

    @Option(name: .customLong("format"), help: ArgumentHelp(
        "Output format, optionally with a file: \(Reporters.identifiers.joined(separator: ", ")) (e.g. junit:report.xml). Repeatable.",
        valueName: "format[:file]"))
    var formats: [String] = []

    @Flag(help: "Warnings fail the run too (exit code 1).")
    var strict = false

    @Flag(help: "Print findings only: no notes, no notices.")
    var quiet = false

    @Flag(name: .customLong("no-color"), help: "Never colour the text output (also: NO_COLOR in the environment).")
    var noColor = false

    @Flag(name: .customLong("junit-file-attribute"), help: "Add GitLab's file attribute to JUnit testcases (not in the Jenkins schema).")
    var junitFileAttribute = false

    func validate() throws {
        for format in formats {
            let name = format.split(separator: ":", maxSplits: 1).first.map(String.init) ?? format
            guard Reporters.identifiers.contains(name) else {
                throw ValidationError("unknown format '\(name)'; known formats: \(Reporters.identifiers.joined(separator: ", "))")
            }
            if format.hasSuffix(":") { throw ValidationError("'\(format)' names no file after the colon") }
        }
    }

    func run() throws {
        let prepared = try PreparedRun.prepare(input.request)
        let result = try prepared.lint(input.paths)
        let useColor = !noColor && ProcessInfo.processInfo.environment["NO_COLOR"] == nil && isatty(STDOUT_FILENO) == 1
        let options = ReportOptions(color: useColor, quiet: quiet, junitFileAttribute: junitFileAttribute)
        let requested = formats.isEmpty ? (prepared.configuration.formats.isEmpty ? ["text"] : prepared.configuration.formats) : formats
        if !quiet {
            for notice in result.notices { Output.error("\(notice.path): notice: \(notice.message)") }
        }
        for format in requested {
            let parts = format.split(separator: ":", maxSplits: 1).map(String.init)
            var reportOptions = options
            if parts.count == 2 {
                reportOptions = ReportOptions(quiet: quiet, junitFileAttribute: junitFileAttribute,
                                              linkPrefix: HTMLReporter.linkPrefix(forReportAt: parts[1], workingDirectory: FileManager.default.currentDirectoryPath))
            }
            guard let reporter = Reporters.reporter(named: parts[0], options: reportOptions) else {
                throw InputError(path: prepared.configuration.path, "unknown format '\(parts[0])'; known formats: \(Reporters.identifiers.joined(separator: ", "))")
            }
            let report = reporter.report(result)
            if parts.count == 2 {
                do {
                    try ReportWriter.write(report, to: parts[1])
                } catch {
                    throw InputError(path: parts[1], "cannot write the report: \(error.localizedDescription)")
                }
            } else {
                Output.print(report)
            }
        }
        let failOnWarnings = strict || (prepared.configuration.strict ?? false)
        let failing = result.findings.contains { $0.level == .error || (failOnWarnings && $0.level == .warning) }
        if failing { throw ExitCode(1) }
    }
}
