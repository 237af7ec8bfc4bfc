import Foundation
import Testing

/// Malformed and hostile YAML in rule files, lexicons and the configuration (README, "Any
/// input"): each stops the run with `file:line:column: error: …` and exit code 2, quickly.
@Suite("Hostile YAML in rules, lexicons and configuration")
struct HostileYAMLTests {
    /// Ten nodes, then nine levels of ten aliases each: 10^10 nodes when expanded.
    static let aliasBomb: String = {
        var lines = ["l0: &l0 [x, x, x, x, x, x, x, x, x, x]"]
        for n in 1...9 {
            lines.append("l\(n): &l\(n) [" + Array(repeating: "*l\(n - 1)", count: 10).joined(separator: ", ") + "]")
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    static func lint(with files: [String: String], _ arguments: [String]) throws -> CLI.Run {
        let folder = try CLI.folder(files.merging(["a.txt": "Officials said 40 people were hurt in the blast on Monday.\n"]) { $1 })
        let started = Date()
        let run = try CLI.run(["a.txt"] + arguments, in: folder)
        #expect(Date().timeIntervalSince(started) < 60, "took \(Date().timeIntervalSince(started)) s")
        return run
    }

    @Test("an alias bomb in the configuration, a rule and a lexicon file")
    func aliasBombs() throws {
        let expected = "error: the YAML expands to more than 200000 nodes here (aliases of aliases?); refusing to read it"
        let config = try Self.lint(with: ["bomb.yml": Self.aliasBomb], ["--config", "bomb.yml"])
        #expect(config.status == 2)
        #expect(config.stderr.contains("bomb.yml:6:10: " + expected), "\(config.stderr)")
        let rule = try Self.lint(with: ["rules/bomb.yml": "id: bomb\nsummary: x\ncheck: agreement\nwhen: conflict\n" + Self.aliasBomb],
                                 ["--rules", "rules"])
        #expect(rule.status == 2)
        #expect(rule.stderr.contains("rules/bomb.yml:10:10: " + expected), "\(rule.stderr)")
        let lexicon = try Self.lint(with: ["rules/lexicon/bomb.yml": Self.aliasBomb], ["--rules", "rules"])
        #expect(lexicon.status == 2)
        #expect(lexicon.stderr.contains("rules/lexicon/bomb.yml:6:10: " + expected), "\(lexicon.stderr)")
    }

    @Test("an aliased collection as a mapping key (it would be compared with its siblings)")
    func aliasKey() throws {
        let yaml = String(Self.aliasBomb.split(separator: "\n").prefix(6).joined(separator: "\n")) + "\n? *l5\n: 1\n"
        let run = try Self.lint(with: [".factlint.yml": yaml], [])
        #expect(run.status == 2)
        #expect(run.stderr.contains(".factlint.yml:6:10: error: the YAML expands to more than 200000 nodes"), "\(run.stderr)")
    }

    @Test("nesting deeper than 1000 levels")
    func deepNesting() throws {
        let yaml = "rules: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "\n"
        let run = try Self.lint(with: [".factlint.yml": yaml], [])
        #expect(run.status == 2)
        #expect(run.stderr.contains(".factlint.yml:1:"), "\(run.stderr)")
        #expect(run.stderr.contains("error: the YAML nests more than 1000 levels deep; refusing to read it"))
    }

    @Test("wrong types: a list for text, text for a boolean, a list for a mapping")
    func wrongTypes() throws {
        let rule = try Self.lint(with: ["rules/odd.yml": "id: odd\nsummary: x\ncheck: agreement\nwhen: conflict\nlevel: [error]\n"],
                                 ["--rules", "rules"])
        #expect(rule.status == 2)
        #expect(rule.stderr.contains("rules/odd.yml:5:8: error: expected text for level"), "\(rule.stderr)")
        let config = try Self.lint(with: [".factlint.yml": "strict: maybe\n"], [])
        #expect(config.status == 2)
        #expect(config.stderr.contains(".factlint.yml:1:9: error: expected true or false for strict"), "\(config.stderr)")
        let lexicon = try Self.lint(with: ["rules/lexicon/x.yml": "months: [smarch]\n"], ["--rules", "rules"])
        #expect(lexicon.status == 2)
        #expect(lexicon.stderr.contains("rules/lexicon/x.yml:1:9: error: expected a mapping"), "\(lexicon.stderr)")
    }

    @Test("malformed YAML: the scanner's position")
    func malformed() throws {
        let run = try Self.lint(with: [".factlint.yml": "rules:\n  count-conflict: [off\nstrict: true\n"], [])
        #expect(run.status == 2)
        #expect(run.stderr.contains(".factlint.yml:3:"), "\(run.stderr)")
        #expect(run.stderr.contains("error: invalid YAML:"))
    }

    @Test("bytes that are not UTF-8, and NUL bytes: the line and column of the first one")
    func notUTF8() throws {
        let folder = try CLI.folder(bytes: [
            "a.txt": Array("Officials said 40 people were hurt in the blast on Monday.\n".utf8),
            "latin1.yml": Array("reference-date: 2025-09-11\nhouse-spellings: [Caf".utf8) + [0xE9] + Array("]\n".utf8),
            "nul.yml": Array("strict: true\n".utf8) + [0] + Array("\n".utf8),
        ])
        let latin = try CLI.run(["a.txt", "--config", "latin1.yml"], in: folder)
        #expect(latin.status == 2)
        #expect(latin.stderr.contains("latin1.yml:2:22: error: not UTF-8 text (byte 0xE9 at byte offset 48); save the file as UTF-8"),
                "\(latin.stderr)")
        let nul = try CLI.run(["a.txt", "--config", "nul.yml"], in: folder)
        #expect(nul.status == 2)
        #expect(nul.stderr.contains("nul.yml:2:1: error: a NUL byte in a YAML file (a binary file?)"), "\(nul.stderr)")
    }

    @Test("a configuration that is a folder or a FIFO is refused at once; /dev/null means none")
    func specialConfiguration() throws {
        let folder = try CLI.folder(["a.txt": "Officials said 40 people were hurt in the blast on Monday.\n"])
        #expect(mkfifo(folder.appendingPathComponent("fifo.yml").path, 0o644) == 0)
        let fifo = try CLI.run(["a.txt", "--config", "fifo.yml"], in: folder)
        #expect(fifo.status == 2)
        #expect(fifo.stderr.contains("fifo.yml: error: a FIFO (named pipe), not a regular file"), "\(fifo.stderr)")
        let dot = try CLI.run(["a.txt", "--config", "."], in: folder)
        #expect(dot.status == 2)
        #expect(dot.stderr.contains(".: error: a folder, not a regular file"), "\(dot.stderr)")
        #expect(try CLI.run(["a.txt", "--config", "/dev/null"], in: folder).status == 0)
    }

    @Test("hostile front matter in a Markdown article is ignored with a notice")
    func hostileFrontMatter() throws {
        let levels = (1...8).map { n in "l\(n): &l\(n) [" + Array(repeating: "*l\(n - 1)", count: 10).joined(separator: ", ") + "]" }
        let markdown = "---\nl0: &l0 [x, x, x, x, x, x, x, x, x, x]\n" + levels.joined(separator: "\n") + "\n? *l8\n: 1\n---\n"
            + BadInputTests.conflicting + "\n"
        let folder = try CLI.folder(["a.md": markdown, "b.txt": BadInputTests.other])
        let run = try BadInputTests.run(["."], in: folder)
        #expect(run.status == 1)
        #expect(run.stderr.contains("a.md: notice: front matter ignored (line 7: the YAML expands to more than 200000 nodes here"))
    }
}
