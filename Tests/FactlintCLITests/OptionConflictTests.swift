import Foundation
import Testing

/// Options that cannot all be honoured stop the run before anything is read or written
/// (exit code 2), with a message that says which options clash and what to do instead.
@Suite("Conflicting options")
struct OptionConflictTests {
    static func expectConflict(_ arguments: [String], _ message: String, in folder: URL) throws {
        let run = try CLI.run(arguments, in: folder)
        #expect(run.status == 2, "\(arguments) exited \(run.status)")
        #expect(run.stderr.contains(message), "\(arguments): \(run.stderr)")
        #expect(run.stdout.isEmpty)
    }

    @Test("--baseline and --write-baseline naming one file")
    func baselineTwice() throws {
        let folder = try CLI.folder(["a.txt": "Forty people died.\n"])
        try Self.expectConflict([".", "--baseline", "b.json", "--write-baseline", "./b.json"],
                                "Error: --baseline b.json is the file --write-baseline ./b.json writes in the same run; record a baseline with --write-baseline first, then lint with --baseline",
                                in: folder)
    }

    @Test("two reports, or a report and a baseline, to one file")
    func sameFile() throws {
        let folder = try CLI.folder(["a.txt": "Forty people died.\n"])
        try Self.expectConflict([".", "--format", "json:r.json", "--format", "sarif:r.json"],
                                "Error: --format json:r.json and --format sarif:r.json write the same file; give each its own file", in: folder)
        try Self.expectConflict([".", "--format", "json:r.json", "--write-baseline", "r.json"],
                                "Error: --format json:r.json and --write-baseline r.json write the same file", in: folder)
        try Self.expectConflict([".", "--format", "json:r.json", "--baseline", "r.json"],
                                "Error: --baseline r.json is the file --format json:r.json writes in the same run", in: folder)
    }

    @Test("a report written over an article being linted")
    func overwriteArticle() throws {
        let folder = try CLI.folder(["a.txt": "Forty people died.\n"])
        try Self.expectConflict(["a.txt", "--format", "html:a.txt"],
                                "Error: --format html:a.txt would overwrite a.txt, which is being linted; write the report elsewhere", in: folder)
        #expect(try String(contentsOf: folder.appendingPathComponent("a.txt"), encoding: .utf8) == "Forty people died.\n")
    }

    @Test("a machine-readable report sharing standard output; a format twice")
    func standardOutput() throws {
        let folder = try CLI.folder(["a.txt": "Forty people died.\n"])
        try Self.expectConflict([".", "--format", "text", "--format", "json"],
                                "Error: --format json and --format text would both go to standard output and mix there; write one of them to a file (--format json:FILE)",
                                in: folder)
        try Self.expectConflict([".", "--format", "text", "--format", "text"], "Error: --format text is given twice for standard output", in: folder)
        // Text and GitHub annotations are both lines for people and Actions: together they are fine.
        #expect(try CLI.run([".", "--format", "text", "--format", "github"], in: folder).status == 0)
    }

    @Test("the same clash from the configuration's formats: names the configuration file")
    func configuredFormats() throws {
        let folder = try CLI.folder(["a.txt": "Forty people died.\n", ".factlint.yml": "formats: [json, sarif]\n"])
        let run = try CLI.run(["."], in: folder)
        #expect(run.status == 2)
        #expect(run.stderr.contains(".factlint.yml: error: --format json and --format sarif would both go to standard output"), "\(run.stderr)")
    }

    @Test("--threads below 1")
    func threads() throws {
        let folder = try CLI.folder(["a.txt": "Forty people died.\n"])
        try Self.expectConflict([".", "--threads", "0"], "Error: --threads must be at least 1, not 0", in: folder)
    }
}
