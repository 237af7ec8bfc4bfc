@testable import FactlintCore
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

    @Test("a generational suffix's form: the ASCII path agrees with lower-casing and dropping periods")
    func suffixForms() {
        let printable = String(decoding: (0x20...0x7E).map { UInt8($0) }, as: UTF8.self)
        for word in ["Jr.", "JR", "jr", "III", "Sr.", "J.R.", "", ".", printable, "Ⅲ", "Jr.é"] {
            #expect(NameParts.suffixForm(word) == word.lowercased().filter { $0 != "." }, "\(word)")
        }
    }

    @Test("an acronym's letters: the ASCII path agrees with keeping letters and upper-casing them")
    func acronymLetters() {
        let printable = String(decoding: (0x20...0x7E).map { UInt8($0) }, as: UTF8.self)
        for text in ["U.S.", "Nato", "RusHydro", "a-b c", "", "42", printable, "ÉTAT", "Zoë"] {
            let name = NameValue(kind: .organization, text: text, parts: [text], hasGivenName: false)
            #expect(RomanisationMatcher.letters(name) == text.filter(\.isLetter).uppercased(), "\(text)")
        }
    }
}
