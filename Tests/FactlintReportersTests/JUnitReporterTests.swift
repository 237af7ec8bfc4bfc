import FactlintCore
@testable import FactlintReporters
import Foundation
import Testing

@Suite("JUnit reporter")
struct JUnitReporterTests {
    static let schema = Golden.fixtures.appendingPathComponent("schemas/junit-10.xsd").path

    @Test("the sample result gives the golden JUnit file")
    func golden() throws {
        try Golden.check(JUnitReporter().report(SampleResult.result), against: "sample.junit.xml")
    }

    @Test("reports are valid against Jenkins' junit-10.xsd (libxml2 xmlschemas)")
    func validAgainstSchema() throws {
        let validator = try #require(SchemaValidator(path: Self.schema))
        #expect(validator.errors(in: JUnitReporter().report(SampleResult.result)) == [])
        #expect(validator.errors(in: JUnitReporter().report(SeedResult.result)) == [])
    }

    @Test("the schema check does catch what Jenkins rejects")
    func schemaCatchesFileAttribute() throws {
        let validator = try #require(SchemaValidator(path: Self.schema))
        let withFile = JUnitReporter(fileAttribute: true).report(SampleResult.result)
        #expect(withFile.contains("file=\"story/b, draft.md\""))
        #expect(!validator.errors(in: withFile).isEmpty)
    }

    @Test("one testcase per checked key and per finding without a check; one failure each")
    func counts() {
        let suites = JUnitReporter.suites(SampleResult.result)
        #expect(suites.map(\.rule) == ["count-conflict", "count-divergence", "name-spelling"])
        #expect(suites.map(\.cases.count) == [3, 2, 1])
        #expect(suites.map(\.failures) == [1, 1, 0])
        let xml = JUnitReporter().report(SampleResult.result)
        #expect(xml.components(separatedBy: "<failure ").count - 1 == 2)
        #expect(xml.contains("<testsuites name=\"factlint\" tests=\"6\" failures=\"2\""))
    }

    @Test("the failure text lists every location with its words and value")
    func failureText() {
        let xml = JUnitReporter().report(SampleResult.result)
        #expect(xml.contains("story/b, draft.md:3:10: &quot;fifty&quot; (50)\nstory/a.txt:1:25: &quot;52&quot; (52)\nstory/ü.html:7:14: &quot;52&quot; (52)"))
    }

    @Test("testcase names are unique within a suite")
    func uniqueNames() {
        var result = SampleResult.result
        result.checks.append(result.checks[0])
        let names = JUnitReporter.suites(result)[0].cases.map(\.name)
        #expect(Set(names).count == names.count)
        #expect(names.contains("prisoners · released (2)"))
    }

    @Test("the seed story: every check is a testcase, the divergence a failure")
    func seeds() {
        let suites = JUnitReporter.suites(SeedResult.result)
        #expect(suites.reduce(0) { $0 + $1.cases.count } == SeedResult.result.checks.count)
        #expect(suites.reduce(0) { $0 + $1.failures } == SeedResult.result.findings.count { $0.level != .info })
    }
}
