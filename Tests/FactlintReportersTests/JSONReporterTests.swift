import FactlintCore
@testable import FactlintReporters
import Foundation
import Testing

@Suite("JSON reporter")
struct JSONReporterTests {
    @Test("the sample result gives the golden JSON (DESIGN.md §5 field order)")
    func golden() throws {
        try Golden.check(JSONReporter().report(SampleResult.result), against: "sample.json")
    }

    @Test("the output parses as JSON")
    func parses() throws {
        let object = try JSONSerialization.jsonObject(with: Data(JSONReporter().report(SampleResult.result).utf8))
        #expect((object as? [String: Any])?["findings"] is [Any])
    }
}
