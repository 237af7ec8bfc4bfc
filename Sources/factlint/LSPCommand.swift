import ArgumentParser
import FactlintLSP
import Foundation

/// `factlint lsp`: the language server, for editors (JSON-RPC over standard input and output).
struct LSPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lsp",
        abstract: "Run the language server over standard input and output (for editors).",
        discussion: """
        The editor starts 'factlint lsp' and talks the Language Server Protocol with it. An open article's story is its folder: the other articles there are read from disk, open ones from the editor. Findings appear as diagnostics with the other articles' words as related information; hover on a figure shows what each article says; quick fixes apply a preferred spelling or insert a suppression comment. Settings (initializationOptions, workspace/didChangeConfiguration) take the keys of .factlint.yml.
        """)

    @Option(help: ArgumentHelp("Milliseconds to wait after a change before linting.", valueName: "ms"))
    var debounce = 150

    func validate() throws {
        guard (0...10_000).contains(debounce) else { throw ValidationError("--debounce must be 0 to 10000 milliseconds, not \(debounce)") }
    }

    func run() throws {
        StdioTransport.run(version: JSONReporterVersion.value, debounce: .milliseconds(debounce))
    }
}
