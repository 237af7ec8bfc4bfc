import ArgumentParser
import FactlintCore

/// What to read and how: shared by `lint`, `claims` and `entities`.
struct InputOptions: ParsableArguments {
    @Argument(help: "Article files and folders (.txt, .md, .html), read recursively.")
    var paths: [String] = []

    @Option(name: .customLong("reference-date"), help: ArgumentHelp(
        "The date relative dates resolve against (YYYY-MM-DD), for articles without their own.",
        valueName: "date"))
    var referenceDate: String?

    @Option(help: ArgumentHelp("Configuration file (default: .factlint.yml in the linted folder or above).", valueName: "file"))
    var config: String?

    @Option(name: .customLong("rules"), help: ArgumentHelp(
        "A folder of extra rules (and lexicon/ files) that add to or replace the built-in ones. Repeatable.",
        valueName: "dir"))
    var rulesFolders: [String] = []

    @Flag(help: "Treat each immediate subfolder of PATH as its own story: claims are compared only within a story.")
    var stories = false

    @Option(help: ArgumentHelp("Worker threads (default: the number of cores).", valueName: "n"))
    var threads: Int?

    func validate() throws {
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1, not \(threads)") }
    }

    /// Stops a command that needs paths and got none.
    func requirePaths() throws {
        if paths.isEmpty { throw ValidationError("name at least one article file or folder, e.g. 'factlint seeds/'") }
    }

    var request: RunRequest {
        RunRequest(paths: paths, configPath: config, rulesFolders: rulesFolders, referenceDate: referenceDate,
                   stories: stories, threads: threads)
    }
}

/// Writing to the terminal.
enum Output {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data((message.hasSuffix("\n") ? message : message + "\n").utf8))
    }

    static func print(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}

import Foundation
