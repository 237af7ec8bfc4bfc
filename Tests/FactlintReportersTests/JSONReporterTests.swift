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

    @Test("strings are escaped byte by byte as RFC 8259 asks: marks, controls, line separators; other text as written")
    func escaping() {
        let text = "a \"quote\" \\ tab\t cr\r lf\n bell\u{07} \u{1F} sep\u{2028}par\u{2029} é € 𝄞 \u{2027}\u{202A}"
        #expect(JSONValue.string(text).rendered()
            == "\"a \\\"quote\\\" \\\\ tab\\t cr\\r lf\\n bell\\u0007 \\u001f sep\\u2028par\\u2029 é € 𝄞 \u{2027}\u{202A}\"")
        #expect(JSONValue.object([("k\u{2028}", .array([.int(-3), .bool(true), .null]))]).rendered(indent: "\t")
            == "{\n\t  \"k\\u2028\": [\n\t    -3,\n\t    true,\n\t    null\n\t  ]\n\t}")
    }
}
