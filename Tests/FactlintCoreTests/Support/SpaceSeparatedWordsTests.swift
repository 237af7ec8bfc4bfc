@testable import FactlintCore
import Testing

/// `spaceSeparatedWords`, the byte-wise word split of ASCII names: it gives the words
/// `split(separator: " ")` gives, for ASCII text and for any other.
@Suite("Space-separated words")
struct SpaceSeparatedWordsTests {
    @Test("agrees with split(separator: \" \") on ASCII and non-ASCII text")
    func agrees() {
        let texts = ["", " ", "  ", "Anna", "Anna Berg", " Anna  Berg ", "Anna-Maria van Berg", "Zoë Berg",
                     "Anna \u{301}Berg", "Київ Львів", "a\tb c", "O'Neil  Jr."]
        for text in texts {
            #expect(text.spaceSeparatedWords == text.split(separator: " ").map(String.init), "\(text)")
        }
    }

    @Test("a space carrying a combining mark is no separator")
    func combiningMark() {
        #expect("Anna \u{301}Berg".spaceSeparatedWords == ["Anna \u{301}Berg"])
    }
}
