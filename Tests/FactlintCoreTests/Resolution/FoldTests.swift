import FactlintCore
import Foundation
import Testing

/// Folding a name for an entity's identifier: lower case without diacritics. ASCII takes a
/// byte-wise path; it must answer what Foundation's folding answers.
@Suite("Name folding")
struct FoldTests {
    @Test("ASCII: the byte-wise path agrees with Foundation's folding on every printable character")
    func ascii() {
        let printable = String(decoding: (0x20...0x7E).map { UInt8($0) }, as: UTF8.self)
        for word in [printable, "Aliaksei Karpovich", "U.S. NATO", "O'Brien-Smith Jr.", "", "ZZ top 42 ^`~"] {
            #expect(ExactNameMatcher.fold(word) == word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil))
        }
    }

    @Test("non-ASCII names lose case and diacritics")
    func diacritics() {
        #expect(ExactNameMatcher.fold("Zoë ÉLYSÉE Müller") == "zoe elysee muller")
    }
}
