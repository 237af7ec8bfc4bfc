import ArgumentParser
import FactlintCore
import Foundation

/// The `factlint` command: lint by default, and the debugging subcommands.
@main
struct Factlint: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "factlint",
        abstract: "A linter for facts: finds where articles about one story contradict each other.",
        discussion: """
        factlint reads a folder of articles (.txt, .md, .html), extracts the claims each makes — counts, dates, durations, names, quotes — lines them up across articles and reports contradictions the way a compiler reports errors.

        Examples:
          factlint seeds/                             lint a story folder
          factlint seeds/ --format junit:report.xml   also write JUnit XML
          factlint seeds/ --format html:report.html   a page for editors
          factlint --stories archive/                 each subfolder a story
          factlint claims seeds/ --format json        what factlint read
          factlint explain count-divergence           a rule and examples
          factlint lsp                                the language server, for editors

        Run 'factlint lint --help' for formats, baselines and suppressions.

        Exit codes: 0 no errors, 1 errors found (or warnings with --strict), 2 a usage, configuration, rule or input problem.
        """,
        version: JSONReporterVersion.value,
        subcommands: [LintCommand.self, ClaimsCommand.self, EntitiesCommand.self, RulesCommand.self, ExplainCommand.self, LSPCommand.self],
        defaultSubcommand: LintCommand.self
    )

    /// Runs the command, mapping problems to the documented exit codes (never a stack trace).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as InputError {
            Output.error(error.description)
            Darwin_exit(2)
        } catch let code as ExitCode {
            Darwin_exit(code.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Darwin_exit(0)
            }
            Output.error(fullMessage(for: error))
            Output.error("Run 'factlint --help' for usage.")
            Darwin_exit(2)
        }
    }
}

/// The version reports and `--version` print.
enum JSONReporterVersion {
    static let value = "0.1.0"
}

/// Ends the process with a code.
func Darwin_exit(_ code: Int32) -> Never {
    FileHandle.standardOutput.synchronizeFile()
    exit(code)
}
