import FactlintCore
@testable import FactlintReporters
import Testing

@Suite("Checkstyle reporter")
struct CheckstyleReporterTests {
    @Test("the sample result gives the golden Checkstyle file")
    func golden() throws {
        try Golden.check(CheckstyleReporter().report(SampleResult.result), against: "sample.checkstyle.xml")
    }

    @Test("every article is a <file>; each place of a finding an <error> in its article")
    func shape() {
        let xml = CheckstyleReporter().report(SampleResult.result)
        #expect(xml.components(separatedBy: "<file ").count - 1 == 3)
        #expect(xml.components(separatedBy: "<error ").count - 1 == 6)
        #expect(xml.contains("source=\"factlint.count-conflict\""))
        #expect(xml.contains("severity=\"info\""))
        #expect(xml.contains("&lt;&amp;&gt;"))
    }
}
