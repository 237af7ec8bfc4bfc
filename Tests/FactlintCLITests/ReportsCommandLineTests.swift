import Foundation
import Testing

/// Issue 4 at the command line: every report in one run, configuration, --strict, baselines,
/// suppression comments in each file format.
@Suite("Reports, configuration, baselines and suppressions")
struct ReportsCommandLineTests {
    static let conflict = ["a.txt": "Officials said 40 people were hurt in the blast on Monday.\n",
                           "b.txt": "The blast on Monday injured 45 people, officials said.\n"]
    static let divergence = ["a.txt": "More than 1,000 prisoners remain in jail.\n",
                             "b.txt": "More than 1,200 prisoners remain in jail.\n"]

    @Test("one run writes text to stdout and JUnit, SARIF, Checkstyle, GitHub and HTML files")
    func everyFormat() throws {
        let out = try CLI.folder([:])
        let names = ["junit": "r.xml", "sarif": "r.sarif", "checkstyle": "c.xml", "github": "g.txt", "html": "sub/r.html", "json": "r.json"]
        try FileManager.default.createDirectory(at: out.appendingPathComponent("sub"), withIntermediateDirectories: true)
        var arguments = ["seeds/", "--format", "text"]
        for (format, name) in names.sorted(by: { $0.key < $1.key }) {
            arguments += ["--format", "\(format):\(out.appendingPathComponent(name).path)"]
        }
        let run = try CLI.run(arguments)
        #expect(run.status == 0)
        #expect(run.stdout.contains("[count-divergence]"))
        for name in names.values {
            let text = try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
            #expect(text.contains("count-divergence"), "\(name) does not mention the finding")
        }
        let sarif = try String(contentsOf: out.appendingPathComponent("r.sarif"), encoding: .utf8)
        #expect(sarif.contains("\"columnKind\": \"unicodeCodePoints\""))
        let html = try String(contentsOf: out.appendingPathComponent("sub/r.html"), encoding: .utf8)
        #expect(html.contains("class=\"matrix\""))
        #expect(!html.contains("href=\"seeds/"), "links must lead from the report's folder to the articles")
        #expect(html.contains("href=\"../../"))
    }

    @Test("a report file is replaced in one step, and a missing folder is named")
    func overwrite() throws {
        let folder = try CLI.folder(["old.xml": "old report"])
        let path = folder.appendingPathComponent("old.xml").path
        #expect(try CLI.run(["seeds/", "--format", "junit:\(path)"]).status == 0)
        #expect(try CLI.run(["seeds/", "--format", "junit:\(path)"]).status == 0)
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("<?xml"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["old.xml"])
        let missing = try CLI.run(["seeds/", "--format", "json:\(folder.path)/none/r.json"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("none/r.json: error: cannot write the report: the folder"))
        #expect(missing.stderr.contains("does not exist; create it first"))
    }

    @Test("--strict and strict: true make warnings fail; --quiet drops the notes")
    func strict() throws {
        let folder = try CLI.folder(Self.divergence)
        #expect(try CLI.run(["."], in: folder).status == 0)
        #expect(try CLI.run([".", "--strict"], in: folder).status == 1)
        try "strict: true\n".write(to: folder.appendingPathComponent(".factlint.yml"), atomically: true, encoding: .utf8)
        #expect(try CLI.run(["."], in: folder).status == 1)
        let quiet = try CLI.run([".", "--quiet"], in: folder)
        #expect(quiet.stdout.contains("warning:") && !quiet.stdout.contains("note:"))
    }

    @Test("the configuration above the linted folder applies: rules, formats, reference date")
    func configurationLookup() throws {
        var files = Self.divergence.mapValues { $0 }
        files = Dictionary(uniqueKeysWithValues: files.map { ("story/" + $0.key, $0.value) })
        files["story/c.txt"] = "The prisoners were freed on Thursday.\n"
        files[".factlint.yml"] = "reference-date: 2025-09-11\nrules:\n  count-divergence: error\nformats: [json]\n"
        let root = try CLI.folder(files)
        let run = try CLI.run(["story"], in: root)
        #expect(run.status == 1)
        #expect(run.stdout.hasPrefix("{"))
        #expect(run.stdout.contains("\"level\": \"error\""))
        let claims = try CLI.run(["claims", "story/c.txt", "--format", "json"], in: root)
        #expect(claims.stdout.contains("\"value\": \"2025-09-11\""))
        let text = try CLI.run(["story", "--format", "text"], in: root)
        #expect(text.stdout.contains("error: prisoners · remaining"))
    }

    @Test("include and exclude globs choose the files; house spellings name entities")
    func globsAndSpellings() throws {
        var files = Self.conflict
        files["drafts/b.txt"] = files.removeValue(forKey: "b.txt")
        files["c.txt"] = "Opposition leader Svetlana Tikhanovskaya welcomed the release.\n"
        // The house spelling differs from the text only in case, so the test holds whatever
        // romanisations the name matcher learns: it checks that the setting reaches resolution.
        files[".factlint.yml"] = "exclude: [\"drafts/**\"]\nhouse-spellings: [Svetlana TIKHANOVSKAYA]\n"
        let root = try CLI.folder(files)
        let run = try CLI.run(["."], in: root)
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("2 documents"))
        let entities = try CLI.run(["entities", ".", "--format", "json"], in: root)
        #expect(entities.stdout.contains("\"name\": \"Svetlana TIKHANOVSKAYA\""))
    }

    @Test("unknown keys in the configuration stop the run with line:column and exit 2")
    func configurationErrors() throws {
        let root = try CLI.folder(Self.conflict.merging([".factlint.yml": "rules:\n  count-conflict: off\nformat: [json]\n"]) { $1 })
        let run = try CLI.run(["."], in: root)
        #expect(run.status == 2)
        #expect(run.stderr.contains(".factlint.yml:3:1: error: unknown key 'format' in the configuration"))
        let badFormat = try CLI.folder(Self.conflict.merging([".factlint.yml": "formats: [yaml]\n"]) { $1 })
        let bad = try CLI.run(["."], in: badFormat)
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("unknown format 'yaml' under 'formats:'"))
    }

    @Test("baseline round trip: recorded findings stay hidden after lines are inserted above them")
    func baseline() throws {
        let root = try CLI.folder(Self.conflict)
        let first = try CLI.run([".", "--write-baseline", "baseline.json"], in: root)
        #expect(first.status == 1)
        let recorded = try String(contentsOf: root.appendingPathComponent("baseline.json"), encoding: .utf8)
        #expect(recorded.contains("\"rule\" : \"count-conflict\""))
        try "A new first paragraph.\n\nAnd another.\n\nOfficials said 40 people were hurt in the blast on Monday.\n"
            .write(to: root.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try "Inserted line.\nThe blast on Monday injured 45 people, officials said.\n"
            .write(to: root.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        let moved = try CLI.run([".", "--baseline", "baseline.json"], in: root)
        #expect(moved.status == 0)
        #expect(moved.stdout.hasSuffix("0 errors, 0 warnings, 0 infos\n"))
        #expect(moved.stderr.contains("1 finding recorded in the baseline not shown"))
        try "Fifty people died in the blast on Monday.\n".write(to: root.appendingPathComponent("c.txt"), atomically: true, encoding: .utf8)
        try "The blast on Monday killed 60 people.\n".write(to: root.appendingPathComponent("d.txt"), atomically: true, encoding: .utf8)
        let fresh = try CLI.run([".", "--baseline", "baseline.json"], in: root)
        #expect(fresh.status == 1)
        #expect(fresh.stdout.contains("people · killed") || fresh.stdout.contains("people · died"))
        #expect(!fresh.stdout.contains("people · injured"))
        let missing = try CLI.run([".", "--baseline", "none.json"], in: root)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("none.json: error: cannot read the baseline file"))
    }

    @Test("suppression comments in Markdown, HTML and plain text; an unused one is reported")
    func suppressions() throws {
        let comment = "<!-- factlint-disable-next-line count-conflict -- the ministry's figure -->"
        let markdown = try CLI.folder(["a.md": "---\ntitle: Blast\n---\n\(comment)\nOfficials said 40 people were hurt in the blast on Monday.\n",
                                       "b.txt": Self.conflict["b.txt"]!])
        #expect(try CLI.run(["."], in: markdown).status == 0)
        let html = try CLI.folder(["a.html": "<html><body><article>\n\(comment)\n<p>Officials said 40 people were hurt in the blast on Monday.</p>\n</article></body></html>\n",
                                   "b.txt": Self.conflict["b.txt"]!])
        #expect(try CLI.run(["."], in: html).status == 0)
        let text = try CLI.folder(["a.txt": "# factlint-disable-next-line count-conflict -- checked\nOfficials said 40 people were hurt in the blast on Monday.\n",
                                   "b.txt": Self.conflict["b.txt"]!])
        #expect(try CLI.run(["."], in: text).status == 0)
        let unused = try CLI.folder(["a.txt": "# factlint-disable-next-line count-conflict -- checked\nNothing to see.\n"])
        let run = try CLI.run(["."], in: unused)
        #expect(run.status == 0)
        #expect(run.stdout.contains("a.txt:1:1: warning: suppression count-conflict reports nothing on line 2; remove the comment [unused-suppression]"))
        #expect(try CLI.run([".", "--strict"], in: unused).status == 1)
    }

    @Test("text output has no colour when piped or with NO_COLOR")
    func noColourWhenPiped() throws {
        let folder = try CLI.folder(Self.conflict)
        #expect(!(try CLI.run(["."], in: folder).stdout.contains("\u{1B}[")))
        #expect(!(try CLI.run(["."], in: folder, environment: ["NO_COLOR": "1"]).stdout.contains("\u{1B}[")))
    }
}
