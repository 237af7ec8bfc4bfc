import FactlintCore
import Foundation
import Testing

@Suite("Pipeline")
struct PipelineTests {
    /// An archive of four stories on disk: the seeds, the seeds with one figure changed, and two
    /// stories of one short article each that contradict each other.
    static func archive() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("factlint-pipeline-\(UUID().uuidString)")
        let seeds = try Fixtures.seedDocuments()
        for (story, edit) in [("a-seeds", false), ("b-edited", true)] {
            let folder = root.appendingPathComponent(story)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for document in seeds {
                var text = String(decoding: document.source, as: UTF8.self)
                if edit { text = text.replacingOccurrences(of: "Fifty-two", with: "Fifty-four") }
                let name = URL(fileURLWithPath: document.path).lastPathComponent
                try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
            }
        }
        // One article per story: contradictory only when read as one story.
        for (story, text) in [("c-blast", "Officials said 40 people were hurt in the blast on Monday."),
                              ("d-blast", "The blast on Monday injured 45 people, officials said.")] {
            let folder = root.appendingPathComponent(story)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try text.write(to: folder.appendingPathComponent("article.txt"), atomically: true, encoding: .utf8)
        }
        return root
    }

    static func lint(_ root: URL, threads: Int, stories: Bool) throws -> LintResult {
        let settings = Pipeline.Settings(referenceDate: DateParsing.day(fromISO: "2025-09-11"), threads: threads, stories: stories)
        return try Pipeline(pack: Fixtures.pack, settings: settings).lint(paths: [root.path])
    }

    @Test("the result is the same with 1, 2 and 4 worker threads, one story or many")
    func threadsDoNotChangeTheResult() throws {
        let root = try Self.archive()
        defer { try? FileManager.default.removeItem(at: root) }
        for stories in [false, true] {
            let one = try Self.lint(root, threads: 1, stories: stories)
            #expect(one.findings.count >= 2)
            for threads in [2, 4] {
                let many = try Self.lint(root, threads: threads, stories: stories)
                #expect(many.findings == one.findings)
                #expect(many.checks == one.checks)
                #expect(many.claims == one.claims)
                #expect(many.documents == one.documents)
                #expect(many.notices == one.notices)
            }
        }
    }

    @Test("with --stories, claims are compared only within a story")
    func storiesAreSeparate() throws {
        let root = try Self.archive()
        defer { try? FileManager.default.removeItem(at: root) }
        let separate = try Self.lint(root, threads: 2, stories: true)
        let together = try Self.lint(root, threads: 2, stories: false)
        #expect(separate.documents.count == 12)
        let blast = { (result: LintResult) in result.findings.filter { $0.primary.span.path.contains("-blast/") }.count }
        #expect(blast(separate) == 0)
        #expect(blast(together) >= 1)
        // No finding of a story run points into another story.
        for finding in separate.findings {
            let story = URL(fileURLWithPath: finding.primary.span.path).deletingLastPathComponent().path
            #expect(finding.related.allSatisfy { $0.span.path.hasPrefix(story + "/") })
        }
    }

    @Test("stories are scheduled by size but reported in story order")
    func perStoryKeepsOrder() {
        let sizes = [3, 50, 1, 7, 7, 2, 400, 9]
        for threads in [1, 2, 3] {
            let order = Pipeline.perStory(sizes, threads: threads) { story, _ in story }
            #expect(order == Array(sizes.indices))
        }
    }
}
