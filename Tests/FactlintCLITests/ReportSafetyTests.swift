import Foundation
import Testing

/// No partial reports: a run that fails leaves every report from the run before byte for byte
/// as it was, and leaves no temporary file behind.
@Suite("No partial reports")
struct ReportSafetyTests {
    static let conflict = ["a.txt": "Officials said 40 people were hurt in the blast on Monday.\n",
                           "b.txt": "The blast on Monday injured 45 people, officials said.\n"]

    static func contents(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return files
    }

    @Test("a rule error after a good run leaves the reports and the baseline untouched")
    func ruleErrorAfterGoodRun() throws {
        let story = try CLI.folder(Self.conflict.merging(["rules/bad.yml": "id: bad\nsummary: x\ncheck: agreemnt\n"]) { $1 })
        let reports = story.appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: reports, withIntermediateDirectories: true)
        let outputs = ["--format", "junit:reports/r.xml", "--format", "sarif:reports/r.sarif", "--format", "html:reports/r.html",
                       "--write-baseline", "reports/baseline.json"]
        #expect(try CLI.run(["a.txt", "b.txt"] + outputs, in: story).status == 1)
        let before = try Self.contents(reports)
        #expect(before.count == 4)
        let failed = try CLI.run(["a.txt", "b.txt", "--rules", "rules"] + outputs, in: story)
        #expect(failed.status == 2)
        #expect(failed.stderr.contains("rules/bad.yml:3:8: error: unknown check kind 'agreemnt'"))
        #expect(try Self.contents(reports) == before)
    }

    @Test("one report that cannot be written: no report of the run is replaced")
    func allOrNothing() throws {
        let story = try CLI.folder(Self.conflict.merging(["out/r.json": "old json\n"]) { $1 })
        let failed = try CLI.run([".", "--format", "json:out/r.json", "--format", "junit:missing/r.xml"], in: story)
        #expect(failed.status == 2)
        #expect(failed.stderr.contains("missing/r.xml: error: cannot write the report: the folder missing does not exist; create it first; no file was changed"),
                "\(failed.stderr)")
        #expect(try String(contentsOf: story.appendingPathComponent("out/r.json"), encoding: .utf8) == "old json\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: story.appendingPathComponent("out").path) == ["r.json"])
    }

    @Test("a report path that is a folder: refused, nothing else replaced")
    func targetIsFolder() throws {
        let story = try CLI.folder(Self.conflict.merging(["out/r.json": "old json\n", "out/r.xml/keep": "x"]) { $1 })
        let failed = try CLI.run([".", "--format", "json:out/r.json", "--format", "junit:out/r.xml"], in: story)
        #expect(failed.status == 2)
        #expect(failed.stderr.contains("out/r.xml: error: cannot write the report: out/r.xml exists and is not a regular file; no file was changed"),
                "\(failed.stderr)")
        #expect(try String(contentsOf: story.appendingPathComponent("out/r.json"), encoding: .utf8) == "old json\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: story.appendingPathComponent("out").path).sorted() == ["r.json", "r.xml"])
    }

    @Test("a read-only folder: the old report stays",
          .enabled(if: CLI.canRunUnprivileged, "running as root without setpriv, where file permissions do not apply"))
    func readOnlyFolder() throws {
        let story = try CLI.folder(Self.conflict.merging(["out/r.json": "old json\n"]) { $1 })
        let out = story.appendingPathComponent("out").path
        chmod(out, 0o555)
        defer { chmod(out, 0o755) }
        let failed = try CLI.run([".", "--format", "json:out/r.json"], in: story, unprivileged: true)
        #expect(failed.status == 2)
        #expect(failed.stderr.contains("out/r.json: error: cannot write the report: cannot create a file in out (Permission denied); no file was changed"),
                "\(failed.stderr)")
        #expect(try String(contentsOf: story.appendingPathComponent("out/r.json"), encoding: .utf8) == "old json\n")
    }

    @Test("a replaced report keeps the old file's permissions")
    func keepsPermissions() throws {
        let story = try CLI.folder(Self.conflict.merging(["out/r.json": "old json\n"]) { $1 })
        let path = story.appendingPathComponent("out/r.json").path
        chmod(path, 0o640)
        #expect(try CLI.run([".", "--format", "json:out/r.json"], in: story).status == 1)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o640)
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("{"))
    }
}
