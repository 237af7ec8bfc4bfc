import Foundation
import Testing

/// End-to-end stories of other events, written for the test suite: each folder under
/// `Tests/Fixtures/scenarios/` holds articles, a `.factlint.yml` with their reference date, and
/// `expected.output` — the exact text `factlint .` must print there, decided by reading the
/// articles as a fact-checker would.
@Suite("Scenario stories")
struct ScenarioTests {
    static let root = CLI.repository.appendingPathComponent("Tests/Fixtures/scenarios")

    static let names: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []).sorted()

    @Test("there are scenario stories")
    func exist() {
        #expect(!Self.names.isEmpty)
    }

    @Test("factlint prints exactly the expected output", arguments: names)
    func scenario(_ name: String) throws {
        let folder = Self.root.appendingPathComponent(name)
        let expected = try String(contentsOf: folder.appendingPathComponent("expected.output"), encoding: .utf8)
        let run = try CLI.run(["."], in: folder)
        #expect(run.stdout == expected, "factlint . in scenarios/\(name) printed:\n\(run.stdout)")
        let errors = expected.contains(": error: ")
        #expect(run.status == (errors ? 1 : 0))
    }
}
