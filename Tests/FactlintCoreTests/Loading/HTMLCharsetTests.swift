import FactlintCore
import Foundation
import Testing

/// The charset an HTML page declares, and its conversion to UTF-8 before parsing.
@Suite("HTML charsets")
struct HTMLCharsetTests {
    @Test("declarations: <meta charset>, http-equiv, the XML declaration, quotes and case", arguments: [
        ("<meta charset=\"windows-1251\">", "windows-1251"),
        ("<META CHARSET=KOI8-R>", "koi8-r"),
        ("<meta charset='iso-8859-2' />", "iso-8859-2"),
        ("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">", "shift_jis"),
        ("<?xml version=\"1.0\" encoding=\"windows-1252\"?><html>", "windows-1252"),
        ("<meta name=\"description\" content=\"charset=nothing\"><p>", nil),
        ("<p>no declaration</p>", nil),
    ])
    func declared(_ page: String, _ label: String?) {
        #expect(HTMLCharset.declaredCharset(Array(page.utf8)) == label)
    }

    @Test("ISO-8859-1 is read as windows-1252 (curly quotes), as browsers do")
    func latin1() {
        let bytes = Array("<meta charset=\"iso-8859-1\"><p>".utf8) + [0x93, 0x43, 0x61, 0x66, 0xE9, 0x94] + Array("</p>".utf8)
        let (utf8, notice) = HTMLCharset.convertToUTF8(bytes)
        #expect(notice == nil)
        #expect(String(decoding: utf8, as: UTF8.self).hasSuffix("<p>“Café”</p>"))
    }

    @Test("bytes not valid in the declared charset become U+FFFD, with their offset")
    func invalid() {
        let bytes = Array("<meta charset=\"shift_jis\"><p>".utf8) + [0x82] // a lead byte cut off at the end
        let (utf8, notice) = HTMLCharset.convertToUTF8(bytes)
        #expect(String(decoding: utf8, as: UTF8.self).hasSuffix("<p>\u{FFFD}"))
        #expect(notice == "bytes that are not SHIFT_JIS at byte offset 29; replaced with U+FFFD")
    }

    @Test("a UTF-8 label, or none, leaves the bytes as they are")
    func unchanged() {
        let bytes = Array("<meta charset=\"utf-8\"><p>Café</p>".utf8)
        #expect(HTMLCharset.convertToUTF8(bytes).bytes == bytes)
    }
}
