@testable import FactlintCore
import Testing

/// The byte order reports and tie-breaks sort by: `utf8Precedes` answers what the byte-wise
/// iterator comparison answered, for ASCII, non-ASCII, prefixes, empty and long strings.
@Suite("Byte order of strings")
struct ByteOrderTests {
    @Test("utf8Precedes agrees with utf8.lexicographicallyPrecedes on every pair")
    func agrees() {
        let words = ["", "a", "ab", "abc", "b", "B", "é", "e\u{301}", "Zoë", "zoe", "out/a/1.txt", "out/a/10.txt",
                     "out/a/2.txt", "out/b", String(repeating: "x", count: 40), String(repeating: "x", count: 41),
                     String(repeating: "x", count: 40) + "é", "Київ", "Kyiv", "🇺🇦", "\u{0}", "a\u{0}"]
        for a in words {
            for b in words {
                #expect(a.utf8Precedes(b) == a.utf8.lexicographicallyPrecedes(b.utf8), "\(a) vs \(b)")
            }
        }
    }

    @Test("bytes, not Unicode order: a decomposed é sorts by its bytes, unlike <")
    func bytes() {
        // "e" + combining acute (65 CC 81) before the precomposed é (C3 A9) by bytes.
        #expect("e\u{301}".utf8Precedes("\u{e9}"))
        #expect(!"\u{e9}".utf8Precedes("e\u{301}"))
        #expect("Z".utf8Precedes("a"))
    }
}
