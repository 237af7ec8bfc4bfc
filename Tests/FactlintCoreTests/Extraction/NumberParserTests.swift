import FactlintCore
import Testing

/// What the corpus (one sentence a row) cannot say: a number never runs over a line or a
/// paragraph break, and the way a number was read is kept for `--explain` without taking part
/// in comparing values.
@Suite("Number parser")
struct NumberParserTests {
    func quantities(_ text: String) -> [String] {
        Fixtures.claims(text).filter { $0.kind == .quantity }.map(\.value.notation)
    }

    @Test("spaced thousands join on one line")
    func spacedOnOneLine() {
        #expect(quantities("The census counted 12 345 residents.") == ["12345"])
    }

    @Test("spaced thousands never join over a line break", arguments: ["\n", "\n\n", "\r\n"])
    func spacedOverBreaks(_ brk: String) {
        #expect(quantities("The census counted 12\(brk)345 residents were added.") == ["12", "345"])
    }

    @Test("number words never join over a line break")
    func wordsOverBreaks() {
        #expect(quantities("The firm hired three\nhundred new staff this year.") == ["3"])
        #expect(quantities("The firm hired three hundred new staff this year.") == ["300"])
    }

    @Test("a range's second number is not taken from the next line")
    func rangeOverBreak() {
        #expect(quantities("Crews cleared 10 to\n15 homes were left.") == ["10", "15"])
    }

    @Test("the reading is kept but not compared")
    func readingNotCompared() throws {
        let share = try #require(Fixtures.claims("Half of the voters stayed home.").first { $0.kind == .quantity })
        guard case .quantity(let value) = share.value else { Issue.record("not a quantity"); return }
        #expect(value.reading.contains(.share))
        #expect(value == QuantityValue(.exact(0.5)))
    }
}
