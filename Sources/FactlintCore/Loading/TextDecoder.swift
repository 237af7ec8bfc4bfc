/// Turns a file's bytes into valid UTF-8: a UTF-8 byte-order mark is dropped, UTF-16 with a
/// byte-order mark is converted, and bytes that are not UTF-8 are replaced with U+FFFD and
/// reported once with the offset, line and column of the first one (factlint reads the rest
/// of the file rather than refusing it: one stray byte should not hide an article's facts).
public enum TextDecoder {
    /// The bytes as UTF-8, and a notice when something had to be changed.
    public static func decode(_ bytes: [UInt8]) -> (utf8: [UInt8], notice: String?) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let rest = Array(bytes.dropFirst(3))
            return validated(rest, offsetBase: 3)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let littleEndian = bytes[0] == 0xFF
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            var i = 2
            while i + 1 < bytes.count {
                units.append(littleEndian ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]))
                i += 2
            }
            let text = String(decoding: units, as: UTF16.self)
            return (Array(text.utf8), "read as UTF-16 (byte-order mark)")
        }
        return validated(bytes, offsetBase: 0)
    }

    /// Whether the bytes start with a UTF-8 or UTF-16 byte-order mark.
    public static func hasByteOrderMark(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: [0xEF, 0xBB, 0xBF]) || bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
    }

    private static func validated(_ bytes: [UInt8], offsetBase: Int) -> (utf8: [UInt8], notice: String?) {
        guard let bad = firstInvalidOffset(bytes) else { return (bytes, nil) }
        let repaired = Array(String(decoding: bytes, as: UTF8.self).utf8)
        // Everything before the first bad byte is valid and unchanged, so its position is the same in both.
        let (line, column) = LineIndex(Array(bytes[..<bad])).position(of: bad, in: bytes)
        return (repaired, "invalid UTF-8 at byte offset \(bad + offsetBase) (line \(line), column \(column)); "
            + "undecodable bytes replaced with U+FFFD")
    }

    /// The offset of the first byte that does not start or continue a valid UTF-8 sequence.
    public static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { firstInvalidOffset(in: $0) }
    }

    /// ASCII runs are skipped eight bytes at a time (nearly every byte of an English article).
    private static func firstInvalidOffset(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        let n = bytes.count
        let raw = UnsafeRawBufferPointer(bytes)
        while i < n {
            if i + 8 <= n, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
                continue
            }
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            let minimum: UInt32
            if b & 0xE0 == 0xC0 { length = 2; minimum = 0x80 }
            else if b & 0xF0 == 0xE0 { length = 3; minimum = 0x800 }
            else if b & 0xF8 == 0xF0 { length = 4; minimum = 0x10000 }
            else { return i }
            guard i + length <= n else { return i }
            var value = UInt32(b) & (0xFF >> (length + 1))
            for k in 1..<length {
                let c = bytes[i + k]
                guard c & 0xC0 == 0x80 else { return i }
                value = value << 6 | UInt32(c & 0x3F)
            }
            if value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF) { return i }
            i += length
        }
        return nil
    }
}
