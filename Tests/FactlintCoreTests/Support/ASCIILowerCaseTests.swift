@testable import FactlintCore
import Testing

/// `asciiLowercased(is:)`, the byte-wise test that name look-ups ask before lower-casing a
/// word: whenever it answers, it answers what `lowercased() ==` answers; it declines (nil)
/// whenever either string is not ASCII.
@Suite("ASCII lower-case comparison")
struct ASCIILowerCaseTests {
    @Test("agrees with lowercased() == on every ASCII pair, and declines every other pair")
    func agrees() {
        let words = ["", "a", "A", "anna", "Anna", "ANNA", "annA", "anna-maria", "Anna-Maria", "o'neil", "O'Neil",
                     "annas", "ann", "[", "@", "`", "{", "Z", "z", "Zoë", "zoë", "Ivan\u{301}", "Київ", "київ",
                     String(repeating: "Q", count: 40), String(repeating: "q", count: 40)]
        for word in words {
            for lower in words.map({ $0.lowercased() }) + words {
                let answer = word.asciiLowercased(is: lower)
                if word.isASCII && lower.isASCII {
                    #expect(answer == (word.lowercased() == lower), "\(word) vs \(lower)")
                } else {
                    #expect(answer == nil, "\(word) vs \(lower)")
                }
            }
        }
    }

    @Test("the bytes just outside A-Z are not letters: @ and [ stay themselves")
    func edges() {
        #expect("@[".asciiLowercased(is: "@[") == true)
        #expect("@".asciiLowercased(is: "`") == false)
        #expect("[".asciiLowercased(is: "{") == false)
    }
}
