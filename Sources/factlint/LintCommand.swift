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
        Formats:
        \(Reporters.all.map { "  " + $0.identifier.padding(toLength: 12, withPad: " ", startingAt: 0) + $0.description }.joined(separator: "\n"))

        --format FORMAT writes to standard output, --format FORMAT:FILE writes a file (atomically). Without --format, the 'formats:' of .factlint.yml apply, else text.

        Examples:
          factlint seeds/
          factlint seeds/ --format text --format junit:factlint.xml
          factlint seeds/ --format html:report.html     a page for editors
          factlint seeds/ --format sarif:factlint.sarif GitHub code scanning
          factlint seeds/ --format github               Actions annotations
          factlint seeds/ --reference-date 2025-09-11 --strict
          factlint archive/ --write-baseline baseline.json
          factlint archive/ --baseline baseline.json    only new findings
          factlint --changed story/new-article.md       only what one article brings
          factlint --changed-since origin/main          the articles a pull request changes

        Silence a finding you have checked with a comment on the line above the place it points at (any of its places), naming the rule and why:
          <!-- factlint-disable-next-line count-divergence -- why -->
          # factlint-disable-next-line count-divergence -- why
        (the second form in plain-text files only). A comment that silences nothing is itself reported (unused-suppression).

        Text is coloured on a terminal only; --no-color, a non-empty NO_COLOR or TERM=dumb turn colour off. Long runs on a terminal show a progress line on standard error; --quiet hides it, the notes and the notices.
        """)

    @OptionGroup var input: InputOptions

    @OptionGroup var focus: FocusOptions

    @Option(name: .customLong("format"), help: ArgumentHelp(
        "Output format, optionally with a file: \(Reporters.identifiers.joined(separator: ", ")) (e.g. junit:report.xml). Repeatable.",
        valueName: "format[:file]"))
    var formats: [String] = []

    @Flag(help: "Warnings fail the run too (exit code 1).")
    var strict = false

    @Flag(help: "Print findings and the summary only: no notes, notices or progress line.")
    var quiet = false

    @Flag(name: .customLong("no-color"), help: "Never colour the text output (also: a non-empty NO_COLOR, or TERM=dumb).")
    var noColor = false

    @Flag(name: .customLong("junit-file-attribute"), help: "Add GitLab's file attribute to JUnit testcases (not in the Jenkins schema).")
    var junitFileAttribute = false

    @Option(help: ArgumentHelp("Report only findings that are not recorded in this baseline file (matched by rule, key and words, not lines).",
                               valueName: "file"))
    var baseline: String?

    @Option(name: .customLong("write-baseline"), help: ArgumentHelp("Record this run's findings in a baseline file, for --baseline later.",
                                                                    valueName: "file"))
    var writeBaseline: String?

    @Flag(help: .hidden)
    var timings = false

    func validate() throws {
        if !focus.isActive { try input.requirePaths() }
        for format in formats {
            let name = format.split(separator: ":", maxSplits: 1).first.map(String.init) ?? format
            guard Reporters.identifiers.contains(name) else {
                throw ValidationError("unknown format '\(name)'; known formats: \(Reporters.identifiers.joined(separator: ", "))")
            }
            if format.hasSuffix(":") { throw ValidationError("'\(format)' names no file after the colon") }
        }
        if let conflict = ReportDestinations(formats).conflict(baseline: baseline, writeBaseline: writeBaseline, paths: input.paths) {
            throw ValidationError(conflict)
        }
    }

    func run() throws {
        let started = StageTimings.now()
        var request = input.request
        request.timings = timings
        var focused: Focus?
        if focus.isActive {
            for file in focus.changed where !FileManager.default.fileExists(atPath: file) {
                throw InputError(path: file, "--changed names no such file; name an article that exists")
            }
            let files = try focus.files()
            focused = Focus(files)
            request.paths = FocusOptions.paths(given: input.paths, focused: files)
        }
        var prepared = try PreparedRun.prepare(request)
        let requested = formats.isEmpty ? (prepared.configuration.formats.isEmpty ? ["text"] : prepared.configuration.formats) : formats
        // Only the HTML report reads every claim; other runs keep findings and checks only.
        prepared.pipeline.settings.keepsClaims = requested.contains { $0 == "html" || $0.hasPrefix("html:") }
        for format in requested {
            let name = format.split(separator: ":", maxSplits: 1).first.map(String.init) ?? format
            guard Reporters.identifiers.contains(name), !format.hasSuffix(":") else {
                throw InputError(path: prepared.configuration.path, "unknown format '\(format)' under 'formats:'; use FORMAT or FORMAT:FILE with \(Reporters.identifiers.joined(separator: ", "))")
            }
        }
        let destinations = ReportDestinations(requested)
        if let conflict = destinations.conflict(baseline: baseline, writeBaseline: writeBaseline, paths: request.paths) {
            throw InputError(path: prepared.configuration.path, conflict)
        }
        let progress = ProgressLine.make(quiet: quiet)
        var report: (@Sendable (Int, Int) -> Void)?
        if let progress { report = { done, total in progress.update(done, total) } }
        var result = request.paths.isEmpty
            ? prepared.pipeline.lint([], notices: [], progress: nil)
            : try prepared.lint(request.paths, progress: report)
        progress?.finish()
        let reporting = StageTimings.now()
        // Every file this run writes, written together at the end: all of them or none.
        var files: [ReportWriter.File] = []
        if let writeBaseline {
            files.append(ReportWriter.File(path: writeBaseline, text: Baseline(findings: result.findings).encoded()))
        }
        var hiddenByBaseline = 0
        if let baseline {
            let known = try Baseline.load(baseline)
            let before = result.findings.count
            result = known.filter(result)
            hiddenByBaseline = before - result.findings.count
        }
        if let focused { result = focused.apply(to: result) }
        // The HTML page shows each place in its sentence, read from the files now.
        if prepared.pipeline.settings.keepsClaims { result = ExcerptReader().fill(result) }
        var toOutput: [String] = []
        for destination in destinations.destinations {
            let text = try render(result, as: destination)
            if let file = destination.file {
                files.append(ReportWriter.File(path: file, text: text))
            } else {
                toOutput.append(text)
            }
        }
        do {
            try ReportWriter.write(files)
        } catch {
            let failure = error
            throw InputError(path: failure.path, "cannot write the \(failure.path == writeBaseline ? "baseline" : "report"): "
                + "\(failure.reason); no file was changed")
        }
        if !quiet {
            if let baseline, hiddenByBaseline > 0 {
                Output.error("\(baseline): note: \(hiddenByBaseline) finding\(hiddenByBaseline == 1 ? "" : "s") recorded in the baseline not shown")
            }
            for notice in result.notices { Output.error("\(notice.path): notice: \(notice.message)") }
        }
        for text in toOutput { Output.print(text) }
        if let stages = prepared.pipeline.settings.timings {
            stages.add(.reporting, StageTimings.now() - reporting)
            Output.error(TimingsReport.text(stages, wall: StageTimings.now() - started, threads: prepared.pipeline.settings.threads))
        }
        let failOnWarnings = strict || (prepared.configuration.strict ?? false)
        let failing = result.findings.contains { $0.level == .error || (failOnWarnings && $0.level == .warning) }
        // The process ends here, with the rule pack, the lexicon and the result still held:
        // freeing them one object at a time only costs time (about 1% of a run on ECB+).
        withExtendedLifetime((prepared, result)) { Darwin_exit(failing ? 1 : 0) }
    }

    /// One report's text: for standard output, or for a file (links in the HTML page then
    /// resolve from the file's folder).
    private func render(_ result: LintResult, as destination: ReportDestinations.Destination) throws -> String {
        var options = ReportOptions(color: destination.file == nil && colorWanted, quiet: quiet, junitFileAttribute: junitFileAttribute)
        if let file = destination.file {
            options.linkPrefix = HTMLReporter.linkPrefix(forReportAt: file, workingDirectory: FileManager.default.currentDirectoryPath)
        }
        guard let reporter = Reporters.reporter(named: destination.format, options: options) else {
            throw InputError("unknown format '\(destination.format)'; known formats: \(Reporters.identifiers.joined(separator: ", "))")
        }
        return reporter.report(result)
    }

    /// Colour only on a terminal, and never with --no-color, a non-empty NO_COLOR or TERM=dumb.
    private var colorWanted: Bool {
        let environment = ProcessInfo.processInfo.environment
        guard !noColor, (environment["NO_COLOR"] ?? "").isEmpty, environment["TERM"] != "dumb" else { return false }
        return isatty(STDOUT_FILENO) == 1
    }
}
