import Foundation
import Testing

/// Byte-identical output: from run to run (each process hashes with a new random seed), with
/// one worker thread or two, and whatever order the file system lists a folder's files in.
@Suite("Determinism")
struct DeterminismTests {
    /// Every report of one run, as bytes: the formats written to files, then standard output
    /// and standard error.
    static func reports(of arguments: [String], in folder: URL) throws -> [String: Data] {
        let out = try CLI.folder([:])
        defer { try? FileManager.default.removeItem(at: out) }
        let formats = ["json", "junit", "sarif", "checkstyle", "github", "html"]
        var all = arguments
        for format in formats { all += ["--format", "\(format):\(out.appendingPathComponent(format).path)"] }
        all += ["--format", "text", "--no-color"]
        let run = try CLI.run(all, in: folder)
        #expect([0, 1].contains(run.status), "\(run.stderr)")
        var reports: [String: Data] = ["stdout": Data(run.stdout.utf8), "stderr": Data(run.stderr.utf8)]
        for format in formats {
            var text = try String(contentsOf: out.appendingPathComponent(format), encoding: .utf8)
            // The HTML page links to the articles relative to where it is written.
            text = text.replacingOccurrences(of: out.path, with: "OUT")
            reports[format] = Data(text.utf8)
        }
        let claims = try CLI.run(["claims"] + arguments.filter { $0 != "--stories" } + ["--format", "json"], in: folder)
        reports["claims"] = Data(claims.stdout.utf8)
        let entities = try CLI.run(["entities"] + arguments.filter { $0 != "--stories" } + ["--format", "json"], in: folder)
        reports["entities"] = Data(entities.stdout.utf8)
        return reports
    }

    static func expectSame(_ a: [String: Data], _ b: [String: Data], _ what: String) {
        #expect(a.keys.sorted() == b.keys.sorted())
        for key in a.keys.sorted() {
            #expect(a[key] == b[key], "\(key) differs \(what)")
        }
    }

    @Test("the same lint twice, and with 1 and 2 threads: every format byte for byte")
    func runsAndThreads() throws {
        let arguments = ["seeds/", "Tests/Fixtures/scenarios/quake/", "Tests/Fixtures/loading/"]
        let first = try Self.reports(of: arguments + ["--threads", "1"], in: CLI.repository)
        let second = try Self.reports(of: arguments + ["--threads", "1"], in: CLI.repository)
        let twoThreads = try Self.reports(of: arguments + ["--threads", "2"], in: CLI.repository)
        let stories = try Self.reports(of: ["--stories", "Tests/Fixtures/scenarios/", "--threads", "2"], in: CLI.repository)
        let storiesAgain = try Self.reports(of: ["--stories", "Tests/Fixtures/scenarios/", "--threads", "1"], in: CLI.repository)
        #expect(String(decoding: first["stdout"] ?? Data(), as: UTF8.self).contains("[count-divergence]"))
        Self.expectSame(first, second, "between two runs")
        Self.expectSame(first, twoThreads, "between 1 and 2 threads")
        Self.expectSame(stories, storiesAgain, "between 1 and 2 threads with --stories")
    }

    @Test("files created in another order give the same bytes")
    func fileSystemOrder() throws {
        let seeds = try FileManager.default.contentsOfDirectory(atPath: CLI.repository.appendingPathComponent("seeds").path)
            .filter { $0.hasSuffix(".txt") }.sorted()
        var articles: [(String, Data)] = []
        for name in seeds {
            articles.append(("story/" + name, try Data(contentsOf: CLI.repository.appendingPathComponent("seeds/" + name))))
        }
        articles.append(("story/quake/a.txt", Data("The quake on Monday killed 40 people.\n".utf8)))
        articles.append(("story/quake/b.md", Data("---\ndate: 2025-09-11\n---\nMonday's quake killed 45 people.\n".utf8)))
        articles.append(("story/.factlint.yml", Data("reference-date: 2025-09-11\n".utf8)))
        let root = try CLI.folder([:])
        var results: [[String: Data]] = []
        for order in [articles, articles.reversed(), articles.shuffled()] {
            let story = root.appendingPathComponent("story")
            try? FileManager.default.removeItem(at: story)
            for (name, data) in order {
                let url = root.appendingPathComponent(name)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: url)
            }
            results.append(try Self.reports(of: ["story", "--threads", "2"], in: root))
        }
        Self.expectSame(results[0], results[1], "after creating the files in reverse order")
        Self.expectSame(results[0], results[2], "after creating the files in a random order")
    }
}
