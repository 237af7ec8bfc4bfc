import FactlintCore
import Testing

/// Lines and columns: the same whether counted from the line's start or from a checkpoint
/// along a long line, for every line ending and multi-byte characters.
@Suite("Line index")
struct LineIndexTests {
    /// The line and column of every offset, counted in one pass from the start of the file.
    static func naive(_ bytes: [UInt8]) -> [(Int, Int)] {
        var positions: [(Int, Int)] = []
        var line = 1
        var column = 1
        for i in 0..<bytes.count {
            positions.append((line, column))
            if bytes[i] == 0x0A || (bytes[i] == 0x0D && !(i + 1 < bytes.count && bytes[i + 1] == 0x0A)) {
                line += 1
                column = 1
            } else if bytes[i] != 0x0D, bytes[i] & 0xC0 != 0x80 {
                column += 1
            }
        }
        positions.append((line, column))
        return positions
    }

    @Test("long lines with multi-byte characters, CR, LF and CRLF: every offset agrees with counting from the start")
    func checkpoints() {
        Self.agreesWithCounting(pieces: ["a", "é", "—", "🇺🇦", " ", "\n", "\r\n", "\r", "word "])
    }

    @Test("a text with line feeds only (split without reading each byte): every offset agrees, one line per LF")
    func lineFeedsOnly() {
        Self.agreesWithCounting(pieces: ["a", "é", "—", "🇺🇦", " ", "\n", "\n\n", "word "])
        let bytes = Array("one\n\ntwo — é\nthree\n".utf8)
        #expect(LineIndex(bytes).lineStarts == [0, 4, 5, 16, 22])
        #expect(LineIndex([]).lineStarts == [0])
        #expect(LineIndex(Array("\n".utf8)).lineStarts == [0, 1])
    }

    static func agreesWithCounting(pieces: [String]) {
        var generator = SystemRandomNumberGenerator()
        var text = ""
        for _ in 0..<6_000 {
            let piece = pieces[Int(generator.next() % UInt64(pieces.count))]
            // Mostly one long line: line breaks are rare.
            if piece.contains("\n") || piece.contains("\r"), generator.next() % 50 != 0 { continue }
            text += piece
        }
        text += String(repeating: "ü", count: 20_000) + "\n" + String(repeating: "x", count: 9_000)
        let bytes = Array(text.utf8)
        let index = LineIndex(bytes)
        let expectedPositions = Self.naive(bytes)
        var offset = 0
        while offset <= bytes.count {
            // Offsets at character starts, not between the CR and LF of a line end.
            let insideCRLF = offset > 0 && offset < bytes.count && bytes[offset] == 0x0A && bytes[offset - 1] == 0x0D
            if offset == bytes.count || (bytes[offset] & 0xC0 != 0x80 && !insideCRLF) {
                let (line, column) = index.position(of: offset, in: bytes)
                let expected = expectedPositions[offset]
                if line != expected.0 || column != expected.1 {
                    Issue.record("offset \(offset): \(line):\(column), expected \(expected.0):\(expected.1)")
                    return
                }
            }
            offset += 1 + Int(generator.next() % 7)
        }
    }
}

/// The two ends of a range, counted together: the same as each end counted alone, whether the
/// range stays on its line, crosses a line break or passes a checkpoint.
@Suite("Line index ranges")
struct LineIndexRangeTests {
    @Test("a range's two positions agree with each end looked up alone")
    func ranges() {
        let text = "Zoë met the 🇺🇦 delegation — twice.\r\nNext line, ascii only here.\rOld Mac line\n"
            + String(repeating: "naïve café ", count: 80) + "\nend"
        let bytes = Array(text.utf8)
        let index = LineIndex(bytes)
        let starts = (0...bytes.count).filter { $0 == bytes.count || bytes[$0] & 0xC0 != 0x80 }
        var checked = 0
        for (n, start) in starts.enumerated() {
            for end in starts[n...].prefix(300) where end - start < 400 {
                let both = index.positions(of: start, end, in: bytes)
                let first = index.position(of: start, in: bytes)
                let second = index.position(of: end, in: bytes)
                #expect(both.start == first, "start \(start)")
                #expect(both.end == second, "range \(start)..<\(end)")
                checked += 1
            }
        }
        #expect(checked > 10_000)
    }
}
