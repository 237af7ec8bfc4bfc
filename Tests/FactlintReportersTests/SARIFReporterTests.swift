import FactlintCore
@testable import FactlintReporters
import Foundation
import Testing

@Suite("SARIF reporter")
struct SARIFReporterTests {
    @Test("the sample result gives the golden SARIF file")
    func golden() throws {
        try Golden.check(SARIFReporter().report(SampleResult.result), against: "sample.sarif")
    }

    static func run(_ result: LintResult) throws -> [String: Any] {
        let data = Data(SARIFReporter().report(result).utf8)
        let log = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let runs = try #require(log["runs"] as? [[String: Any]])
        return try #require(runs.first)
    }

    @Test("rules in tool.driver.rules, columns declared as code points")
    func driver() throws {
        let run = try Self.run(SampleResult.result)
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.compactMap { $0["id"] as? String } == ["count-conflict", "count-divergence", "name-spelling"])
    }

    @Test("a result has the primary location, the other articles as related locations and a fingerprint")
    func results() throws {
        let run = try Self.run(SampleResult.result)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 3)
        let conflict = try #require(results.first { $0["ruleId"] as? String == "count-conflict" })
        #expect(conflict["level"] as? String == "error")
        #expect(conflict["ruleIndex"] as? Int == 0)
        let related = try #require(conflict["relatedLocations"] as? [[String: Any]])
        #expect(related.count == 2)
        #expect(related.compactMap { $0["id"] as? Int } == [1, 2])
        let fingerprints = try #require(conflict["partialFingerprints"] as? [String: String])
        #expect(fingerprints[SARIFReporter.fingerprintKey] == "1111aaaa2222bbbb")
        let message = try #require((conflict["message"] as? [String: Any])?["text"] as? String)
        #expect(message.hasSuffix("Elsewhere: [52](1), [52](2)"))
    }

    @Test("URIs are relative and percent-encoded; a fix becomes a replacement")
    func urisAndFixes() throws {
        let sarif = SARIFReporter().report(SampleResult.result)
        #expect(sarif.contains("\"uri\": \"story/b%2C%20draft.md\""))
        #expect(sarif.contains("\"uri\": \"story/%C3%BC.html\""))
        #expect(sarif.contains("\"uriBaseId\": \"%SRCROOT%\""))
        #expect(sarif.contains("\"insertedContent\": {\n"))
        #expect(URIPath.reference(for: "/tmp/a b.txt") == "file:///tmp/a%20b.txt")
        #expect(URIPath.reference(for: "./seeds/a.txt") == "seeds/a.txt")
    }

    @Test("the fingerprint does not depend on line numbers")
    func stableFingerprints() throws {
        var moved = SampleResult.result
        for index in moved.findings.indices {
            moved.findings[index].primary.span.line += 3
        }
        let before = try Self.run(SampleResult.result)["results"] as? [[String: Any]]
        let after = try Self.run(moved)["results"] as? [[String: Any]]
        let print: ([[String: Any]]?) -> [String] = { results in
            (results ?? []).compactMap { ($0["partialFingerprints"] as? [String: String])?[SARIFReporter.fingerprintKey] }
        }
        #expect(print(before) == print(after))
    }
}
