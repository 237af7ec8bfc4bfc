@testable import FactlintCore
import Testing

/// Name forms that differ only by house style are one spelling for the spelling check.
@Suite("Spelling house style")
struct SpellingHouseStyleTests {
    static let endings = Fixtures.pack.lexicon.spellingEndings

    @Test("a typographic apostrophe and a British ending are house style; another letter is not")
    func houseStyle() {
        #expect(SpellingCheck.houseStyle("Regional Defence Organisation", Self.endings)
            == SpellingCheck.houseStyle("Regional Defense Organization", Self.endings))
        #expect(SpellingCheck.houseStyle("Don’t", Self.endings) == SpellingCheck.houseStyle("Don't", Self.endings))
        #expect(SpellingCheck.houseStyle("Ihar Losik", Self.endings) != SpellingCheck.houseStyle("Igor Losik", Self.endings))
        #expect(SpellingCheck.houseStyle("BelTA", Self.endings) != SpellingCheck.houseStyle("Belta", Self.endings))
    }
}
