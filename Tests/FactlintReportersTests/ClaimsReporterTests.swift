import FactlintCore
@testable import FactlintReporters
import Foundation
import Testing

/// `factlint claims`: the reading classes are shown only with `--explain`, added after the
/// contract's fields (DESIGN.md §5), never in place of one.
@Suite("Claims reporter")
struct ClaimsReporterTests {
    static let claim = Claim(key: nil, value: .quantity(QuantityValue(.atMost(0.5, inclusive: false), reading: [.share, .upperBound])),
                             span: SampleResult.span("a.txt", 1, 1, "Almost half"))

    @Test("text lines gain the reading only with explain")
    func text() {
        let plain = ClaimsReporter.report([Self.claim], format: "text")
        #expect(plain == "a.txt:1:1: quantity <0.5 \"Almost half\" [-]\n")
        let explained = ClaimsReporter.report([Self.claim], format: "text", explain: true)
        #expect(explained == "a.txt:1:1: quantity <0.5 \"Almost half\" [-] (read as: share of a whole, upper bound)\n")
    }

    @Test("JSON keeps the contract's fields in order and adds a reading array with explain")
    func json() throws {
        let plain = try #require(JSONSerialization.jsonObject(with: Data(ClaimsReporter.report([Self.claim], format: "json").utf8)) as? [[String: Any]])
        #expect(plain.first?["reading"] == nil)
        #expect(plain.first?["value"] as? String == "<0.5")
        let text = ClaimsReporter.report([Self.claim], format: "json", explain: true)
        let explained = try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        #expect(explained.first?["reading"] as? [String] == ["share of a whole", "upper bound"])
        #expect(explained.first?["kind"] as? String == "quantity")
        let keyAt = try #require(text.range(of: "\"key\""))
        let readingAt = try #require(text.range(of: "\"reading\""))
        #expect(keyAt.lowerBound < readingAt.lowerBound)
    }
}
