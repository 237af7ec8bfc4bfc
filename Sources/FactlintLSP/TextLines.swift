/// A document's text as the protocol addresses it: lines split at `\n`, `\r\n` or `\r`, and
/// positions within a line counted in UTF-16 code units, while factlint's spans count bytes
/// (UTF-8 offsets, 0-based) and Unicode scalars. Converts between the two.
public struct TextLines: Sendable {
    /// A place in a document as the protocol writes it.
    public struct Position: Sendable, Hashable, Comparable {
        /// 0-based line.
        public var line: Int
        /// 0-based offset in the line, in UTF-16 code units.
        public var character: Int

        public init(line: Int, character: Int) {
            self.line = line
            self.character = character
        }

        public static func < (lhs: Position, rhs: Position) -> Bool {
            (lhs.line, lhs.character) < (rhs.line, rhs.character)
        }

        /// `{"line": …, "character": …}`.
        var json: JSON { ["line": .int(line), "character": .int(character)] }

        /// A position from its JSON form.
        init?(_ json: JSON?) {
            guard let line = json?["line"]?.int, let character = json?["character"]?.int, line >= 0, character >= 0 else { return nil }
            self.init(line: line, character: character)
        }
    }

    /// The UTF-8 bytes of the text.
    public let bytes: [UInt8]
    /// Byte offset (0-based) of each line's first byte.
    private let lineStarts: [Int]

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A {
                starts.append(index + 1)
            } else if byte == 0x0D {
                if index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
                starts.append(index + 1)
            }
            index += 1
        }
        lineStarts = starts
    }

    public init(_ text: String) {
        self.init(Array(text.utf8))
    }

    /// The line count (a text ending in a line break has an empty last line).
    public var lineCount: Int { lineStarts.count }

    /// The byte offset just past a line's content (before its line break).
    private func contentEnd(ofLine line: Int) -> Int {
        var end = line + 1 < lineStarts.count ? lineStarts[line + 1] : bytes.count
        while end > lineStarts[line], bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
        return end
    }

    /// The protocol position of a byte offset (clamped to the text; an offset inside a
    /// multi-byte character counts from that character's start).
    public func position(ofByte offset: Int) -> Position {
        let offset = max(0, min(offset, bytes.count))
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        let start = lineStarts[low]
        var character = 0
        var index = start
        let end = min(offset, contentEnd(ofLine: low))
        while index < end {
            let (length, units) = TextLines.scalar(at: index, in: bytes)
            guard index + length <= end else { break }
            character += units
            index += length
        }
        return Position(line: low, character: character)
    }

    /// The byte offset of a protocol position (a line past the end is the text's end; a
    /// character past the line's end is the line's end; inside a surrogate pair, the pair's start).
    public func byteOffset(of position: Position) -> Int {
        guard position.line < lineStarts.count else { return bytes.count }
        var index = lineStarts[position.line]
        let end = contentEnd(ofLine: position.line)
        var remaining = position.character
        while index < end, remaining > 0 {
            let (length, units) = TextLines.scalar(at: index, in: bytes)
            guard units <= remaining else { break }
            remaining -= units
            index += length
        }
        return index
    }

    /// The byte length of the scalar starting at `index` and its length in UTF-16 code units
    /// (an invalid byte counts as one unit, as its replacement character would).
    private static func scalar(at index: Int, in bytes: [UInt8]) -> (bytes: Int, units: Int) {
        let lead = bytes[index]
        switch lead {
        case 0..<0x80: return (1, 1)
        case 0xC0..<0xE0: return (min(2, bytes.count - index), 1)
        case 0xE0..<0xF0: return (min(3, bytes.count - index), 1)
        case 0xF0..<0xF8: return (min(4, bytes.count - index), 2)
        default: return (1, 1)
        }
    }

    /// The range of a byte span as protocol JSON.
    func range(_ start: Int, _ end: Int) -> JSON {
        ["start": position(ofByte: start).json, "end": position(ofByte: end).json]
    }
}
