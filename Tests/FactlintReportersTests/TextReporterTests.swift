import FactlintCore
@testable import FactlintReporters
import Testing

@Suite("Text reporter")
struct TextReporterTests {
    @Test("the sample result gives the golden text, plain and coloured")
    func golden() throws {
        try Golden.check(TextReporter().report(SampleResult.result), against: "sample.txt")
        try Golden.check(TextReporter(color: true).report(SampleResult.result), against: "sample.color.txt")
    }

    @Test("quiet leaves out the notes")
    func quiet() {
        let text = TextReporter(quiet: true).report(SampleResult.result)
        #expect(!text.contains("note:"))
        #expect(text.hasSuffix("0 infos\n") == false)
    }
}
