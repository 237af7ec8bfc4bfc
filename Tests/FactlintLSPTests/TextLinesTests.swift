@testable import FactlintLSP
import Testing

/// `TextLines`: byte offsets (factlint's spans) to protocol positions (UTF-16 units) and back.
@Suite("TextLines")
struct TextLinesTests {
    @Test("a figure after astral characters is placed in UTF-16 units, two for each")
    func astral() {
        let text = "🎉 a 𝒳 b 45 people\n"
        let lines = TextLines(text)
        let byte = Array(text.utf8).count - Array("45 people\n".utf8).count
        let position = lines.position(ofByte: byte)
        #expect(position == TextLines.Position(line: 0, character: Array("🎉 a 𝒳 b ".utf16).count))
        #expect(position.character == 10)
        #expect(lines.byteOffset(of: position) == byte)
    }

    @Test("CRLF, LF and a lone CR each end a line; the break is never inside a line")
    func lineEnds() {
        let lines = TextLines("one\r\ntwo\nthree\rfour")
        #expect(lines.lineCount == 4)
        #expect(lines.position(ofByte: 5) == TextLines.Position(line: 1, character: 0))
        #expect(lines.position(ofByte: 3) == TextLines.Position(line: 0, character: 3))
        #expect(lines.position(ofByte: 4) == TextLines.Position(line: 0, character: 3), "inside CRLF: the line's end")
        #expect(lines.position(ofByte: 15) == TextLines.Position(line: 3, character: 0))
        #expect(lines.byteOffset(of: TextLines.Position(line: 0, character: 99)) == 3, "past the line's end: its end")
        #expect(lines.byteOffset(of: TextLines.Position(line: 9, character: 0)) == 19, "past the last line: the text's end")
    }

    @Test("a position inside a surrogate pair maps to the pair's start")
    func insidePair() {
        let lines = TextLines("🎉x")
        #expect(lines.byteOffset(of: TextLines.Position(line: 0, character: 1)) == 0)
        #expect(lines.byteOffset(of: TextLines.Position(line: 0, character: 2)) == 4)
    }
}
