import Foundation
import Testing

/// The command line as a user meets it: the contract of DESIGN.md §4 (commands, exit codes,
/// errors on stderr that name the file).
@Suite("Command line")
struct CommandLineTests {
    @Test("the README's first command lints the seeds and exits 0 with the divergence and the name warnings")
    func seeds() throws {
        let run = try CLI.run(["seeds/"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("seeds/002_2e2c159373811ad1.txt:5:354: warning: prisoners · remaining"))
        #expect(run.stdout.contains("[name-spelling]"))
        #expect(run.stdout.hasSuffix("0 errors, 5 warnings, 1 info\n"))
    }

    @Test("an error-level finding exits 1; --strict makes warnings fail too")
    func exitCodes() throws {
        let conflict = try CLI.folder(["a.txt": "The rebels freed 12 hostages on Friday.",
                                       "b.txt": "Twenty hostages were released on Friday."])
        #expect(try CLI.run(["."], in: conflict).status == 1)
        let divergence = try CLI.folder(["a.txt": "More than 1,000 prisoners remain in jail.",
                                         "b.txt": "More than 1,200 prisoners remain in jail."])
        #expect(try CLI.run(["."], in: divergence).status == 0)
        #expect(try CLI.run([".", "--strict"], in: divergence).status == 1)
    }

    @Test("a missing path, a bad option and a bad date exit 2 with a message on stderr")
    func usageErrors() throws {
        let missing = try CLI.run(["no-such-folder/"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("no-such-folder/: error: no such file or folder"))
        let format = try CLI.run(["seeds/", "--format", "yaml"])
        #expect(format.status == 2)
        #expect(format.stderr.contains("unknown format 'yaml'"))
        let date = try CLI.run(["seeds/", "--reference-date", "11/09/2025"])
        #expect(date.status == 2)
        #expect(date.stderr.contains("--reference-date must be a date written YYYY-MM-DD"))
        #expect(try CLI.run([]).status == 2)
    }

    @Test("a malformed rule file fails with file:line:column and exit 2")
    func malformedRule() throws {
        let rules = try CLI.folder(["bad-rule.yml": "id: bad-rule\nsummary: x\ncheck: agreemnt\nwhen: conflict\n"])
        let run = try CLI.run(["seeds/", "--rules", rules.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("bad-rule.yml:3:8: error: unknown check kind 'agreemnt'"))
    }

    @Test("a malformed lexicon file fails with file:line:column and exit 2")
    func malformedLexicon() throws {
        let rules = try CLI.folder(["lexicon/extra.yml": "months:\n  smarch: 13\n"])
        let run = try CLI.run(["seeds/", "--rules", rules.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("extra.yml:2:11: error: 'smarch' must be a whole number from 1 to 12"))
    }

    @Test("--format FORMAT:FILE is repeatable and writes each report")
    func formats() throws {
        let folder = try CLI.folder([:])
        let junit = folder.appendingPathComponent("report.xml").path
        let json = folder.appendingPathComponent("report.json").path
        let run = try CLI.run(["seeds/", "--format", "text", "--format", "junit:\(junit)", "--format", "json:\(json)"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("[count-divergence]"))
        #expect(try String(contentsOfFile: junit, encoding: .utf8).contains("<testsuite name=\"count-divergence\""))
        #expect(try String(contentsOfFile: json, encoding: .utf8).contains("\"rule\": \"count-divergence\""))
    }

    @Test("claims, rules and explain print what they promise")
    func subcommands() throws {
        let claims = try CLI.run(["claims", "seeds/", "--format", "json"])
        #expect(claims.status == 0)
        #expect(claims.stdout.contains("\"text\": \"more than 1,200\""))
        #expect(claims.stdout.contains("\"value\": \">1200\""))
        let rules = try CLI.run(["rules"])
        #expect(rules.stdout.contains("count-conflict"))
        #expect(rules.stdout.contains("elapsed-time"))
        let explain = try CLI.run(["explain", "count-divergence"])
        #expect(explain.status == 0)
        #expect(explain.stdout.contains("Reported:"))
        #expect(try CLI.run(["explain", "no-such-rule"]).status == 2)
    }
}
