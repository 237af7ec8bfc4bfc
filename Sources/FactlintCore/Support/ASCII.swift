extension StringProtocol {
    /// Whether every byte is ASCII: then a character is a byte, and byte-wise fast paths give
    /// the answers of the Unicode-aware ones.
    /// Read from the contiguous bytes when the string has them (a native string does):
    /// stepping through the UTF-8 view cost several times as much a byte.
    var isASCII: Bool {
        utf8.withContiguousStorageIfAvailable { bytes in bytes.allSatisfy { $0 < 0x80 } } ?? utf8.allSatisfy { $0 < 0x80 }
    }
}

extension String {
    /// Whether `lower` is this string lower-cased, answered byte by byte when both are ASCII
    /// (then `lowercased()` changes only A–Z and `==` compares bytes), without building the
    /// lower-case string; nil when either is not ASCII (or not in one piece).
    func asciiLowercased(is lower: String) -> Bool? {
        utf8.withContiguousStorageIfAvailable { word -> Bool? in
            lower.utf8.withContiguousStorageIfAvailable { other -> Bool? in
                var high: UInt8 = 0
                var same = word.count == other.count
                for k in word.indices {
                    let byte = word[k]
                    high |= byte
                    if same, (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) != other[k] { same = false }
                }
                for byte in other { high |= byte }
                return high < 0x80 ? same : nil
            } ?? nil
        } ?? nil
    }

    /// Whether this string lower-cased is `lower`: byte by byte when both are ASCII
    /// (`asciiLowercased(is:)`), else by building the lower-case string.
    func lowercased(is lower: String) -> Bool {
        asciiLowercased(is: lower) ?? (lowercased() == lower)
    }

    /// The words between spaces, as `split(separator: " ").map(String.init)` gives them: of
    /// ASCII text (a character a byte) split at the space bytes, without breaking the text
    /// into characters; of other text split by characters (a space with a combining mark on
    /// it is no separator).
    var spaceSeparatedWords: [String] {
        guard isASCII else { return split(separator: " ").map(String.init) }
        return utf8.split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The string of this string's bytes each mapped by `transform` (nil drops the byte),
    /// written straight into the new string. For ASCII text, whose characters are its bytes:
    /// the byte-wise form of a character filter and case mapping.
    @inline(__always)
    func mappingASCIIBytes(_ transform: (UInt8) -> UInt8?) -> String {
        String(unsafeUninitializedCapacity: Swift.max(1, utf8.count)) { out in
            var count = 0
            for byte in utf8 {
                guard let mapped = transform(byte) else { continue }
                out[count] = mapped
                count += 1
            }
            return count
        }
    }
}
