import Foundation
import Testing

/// `--changed FILE…` and `--changed-since REV`: a pre-publish check reports only what the
/// changed articles bring, in every format, while the rest of the story is still read.
@Suite("Focus on the changed articles")
struct FocusTests {
    /// The seed article named in the tests, and what the whole story reports with a place in it:
    /// two spellings whose other forms are elsewhere, and BelTA written 'Belta' there.
    static let article = "seeds/003_20b62e6eaeb1354e.txt"
    static let fingerprints = ["240a368e0a348af7", "845976234abde943", "f951fb77165d3bf6"]

    /// The JSON findings of a run.
    static func findings(_ arguments: [String], in directory: URL = CLI.repository) throws -> [[String: Any]] {
        let run = try CLI.run(arguments + ["--format", "json"], in: directory)
        #expect(run.status == 0 || run.status == 1, "\(run.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        return object?["findings"] as? [[String: Any]] ?? []
    }

    @Test("--changed on seeds/ keeps exactly the findings with a place in the named article")
    func exactlyThoseWithAPlaceThere() throws {
        let all = try Self.findings(["seeds/"])
        let touching = all.filter { finding in
            (finding["locations"] as? [[String: Any]] ?? []).contains { $0["path"] as? String == Self.article }
        }
        #expect(all.count == 6)
        #expect(touching.count == 3)
        let focused = try Self.findings(["seeds/", "--changed", Self.article])
        #expect(focused.map { $0["fingerprint"] as? String } == touching.map { $0["fingerprint"] as? String })
        #expect(focused.compactMap { $0["fingerprint"] as? String } == Self.fingerprints)
    }

    @Test("without PATH the changed article's folder is the story; ./ and absolute paths name the same article")
    func folderOfTheArticle() throws {
        let absolute = CLI.repository.appendingPathComponent(Self.article).path
        for arguments in [["--changed", Self.article], ["--changed", "./" + Self.article], ["seeds", "--changed", absolute]] {
            let focused = try Self.findings(arguments)
            #expect(focused.compactMap { $0["fingerprint"] as? String } == Self.fingerprints, "\(arguments)")
        }
        let text = try CLI.run(["lint", "--changed", Self.article, "--no-color"])
        #expect(text.stdout.hasSuffix("5 documents, 46 claims, 49 checks (3 failed): 0 errors, 3 warnings, 0 infos\n"))
    }

    @Test("JUnit, SARIF, GitHub, Checkstyle, HTML and text follow the focus")
    func everyFormat() throws {
        let arguments = ["seeds/", "--changed", Self.article, "--no-color"]
        let junit = try CLI.run(arguments + ["--format", "junit"]).stdout
        #expect(junit.contains("<testsuites name=\"factlint\" tests=\"49\" failures=\"3\""))
        #expect(!junit.contains("prisoners · remaining"), "a check that does not read the article is not listed")
        let sarif = try CLI.run(arguments + ["--format", "sarif"]).stdout
        let runs = (try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])?["runs"] as? [[String: Any]]
        let results = runs?.first?["results"] as? [[String: Any]] ?? []
        #expect(results.count == 3)
        #expect(results.allSatisfy { $0["ruleId"] as? String == "name-spelling" })
        let github = try CLI.run(arguments + ["--format", "github"]).stdout
        #expect(github.split(separator: "\n").filter { $0.hasPrefix("::warning ") }.count == 3)
        #expect(github.contains("3 warnings"))
        let checkstyle = try CLI.run(arguments + ["--format", "checkstyle"]).stdout
        #expect(checkstyle.contains("Belta") && !checkstyle.contains("count-divergence") && !checkstyle.contains("title-divergence"))
        let html = try CLI.run(arguments + ["--format", "html"]).stdout
        #expect(html.components(separatedBy: "class=\"finding warning\"").count - 1 == 3)
        let text = try CLI.run(arguments).stdout
        #expect(!text.contains("[count-divergence]") && !text.contains("[title-divergence]"))
        #expect(text.split(separator: "\n").filter { $0.contains(": warning: ") }.count == 3)
    }

    @Test("a focus that no finding touches passes, and a missing --changed file is an input error")
    func cleanAndMissing() throws {
        let folder = try CLI.folder(["a.txt": "Officials said 40 people were hurt in the blast on Monday.\n",
                                     "b.txt": "The blast on Monday injured 45 people, officials said.\n",
                                     "c.txt": "The mayor opened a new bridge on Tuesday.\n"])
        #expect(try CLI.run(["."], in: folder).status == 1)
        #expect(try CLI.run([".", "--changed", "a.txt"], in: folder).status == 1)
        let clean = try CLI.run([".", "--changed", "c.txt", "--no-color"], in: folder)
        #expect(clean.status == 0)
        #expect(clean.stdout.contains("0 errors"))
        let missing = try CLI.run([".", "--changed", "gone.txt"], in: folder)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("gone.txt: error: --changed names no such file"))
    }

    @Test("--changed-since REV takes the files git lists as changed since REV")
    func changedSince() throws {
        let folder = try CLI.folder(["story/a.txt": "Officials said 40 people were hurt in the blast on Monday.\n",
                                     "story/b.txt": "The blast on Monday injured 40 people, officials said.\n",
                                     "story/c.txt": "The mayor opened a new bridge on Tuesday.\n"])
        for command in [["init", "-q"], ["add", "."],
                        ["-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "story"]] {
            #expect(try Self.git(command, in: folder) == 0)
        }
        // Nothing changed yet: nothing to lint, nothing to report.
        let none = try CLI.run(["--changed-since", "HEAD", "--no-color"], in: folder)
        #expect(none.status == 0)
        #expect(none.stdout.contains("0 documents"))
        // b.txt now contradicts a.txt; c.txt changes without a contradiction.
        try "The blast on Monday injured 45 people, officials said.\n"
            .write(to: folder.appendingPathComponent("story/b.txt"), atomically: true, encoding: .utf8)
        try "The mayor opened a new bridge on Wednesday.\n"
            .write(to: folder.appendingPathComponent("story/c.txt"), atomically: true, encoding: .utf8)
        let changed = try Self.findings(["--changed-since", "HEAD"], in: folder)
        #expect(changed.count == 1)
        #expect(changed.first?["rule"] as? String == "count-conflict")
        // From a subfolder, with the story named: the same finding.
        let inside = try Self.findings([".", "--changed-since", "HEAD"], in: folder.appendingPathComponent("story"))
        #expect(inside.map { $0["message"] as? String } == changed.map { $0["message"] as? String })
        let paths = (changed.first?["locations"] as? [[String: Any]] ?? []).compactMap { $0["path"] as? String }
        #expect(paths.sorted() == ["story/a.txt", "story/b.txt"], "paths stay relative to the working directory")
        // Only c.txt changed since a commit that has b.txt's new figure: the conflict is old news.
        #expect(try Self.git(["-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-am", "b"], in: folder) == 0)
        try "The mayor opened a new bridge on Thursday.\n"
            .write(to: folder.appendingPathComponent("story/c.txt"), atomically: true, encoding: .utf8)
        let onlyC = try CLI.run(["story", "--changed-since", "HEAD", "--no-color"], in: folder)
        #expect(onlyC.status == 0)
        #expect(onlyC.stdout.contains("0 errors"))
        let bad = try CLI.run(["story", "--changed-since", "no-such-revision"], in: folder)
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("--changed-since no-such-revision: git failed"))
    }

    private static func git(_ arguments: [String], in folder: URL) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}

/// docs/writing-rules.md's worked example at the command line: the output the guide shows.
@Suite("The newsroom guide at the command line")
struct NewsroomGuideCommandLineTests {
    @Test("factlint docs/examples/newsroom/story --rules docs/examples/newsroom/rules prints expected.txt")
    func guideOutput() throws {
        let run = try CLI.run(["docs/examples/newsroom/story", "--rules", "docs/examples/newsroom/rules", "--no-color"])
        let expected = try String(contentsOf: CLI.repository.appendingPathComponent("docs/examples/newsroom/expected.txt"), encoding: .utf8)
        #expect(run.status == 1)
        #expect(run.stdout == expected)
    }
}

/// The HTML report shows each finding's places in their sentences, the words marked.
@Suite("The HTML report's sentences")
struct HTMLExcerptTests {
    @Test("every place of a seeds finding is shown in its sentence with the words marked")
    func sentences() throws {
        let html = try CLI.run(["seeds/", "--format", "html"]).stdout
        #expect(html.contains("<blockquote class=\"excerpt\">Among the 52 freed were several notable figures, including philosopher Vladimir Matskevich and journalist <mark>Igor Losik</mark>.</blockquote>"))
        let json = try CLI.run(["seeds/", "--format", "json"]).stdout
        let findings = (try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])?["findings"] as? [[String: Any]] ?? []
        let places = findings.reduce(0) { $0 + (($1["locations"] as? [Any])?.count ?? 0) }
        let excerpts = html.components(separatedBy: "<blockquote class=\"excerpt\">").count - 1
        #expect(places == 25)
        #expect(excerpts == places, "one sentence for each place of each finding")
    }
}
