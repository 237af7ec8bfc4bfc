extension StringProtocol {
    /// Whether every byte is ASCII: then a character is a byte, and byte-wise fast paths give
    /// the answers of the Unicode-aware ones.
    /// Read from the contiguous bytes when the string has them (a native string does):
    /// stepping through the UTF-8 view cost several times as much a byte.
    var isASCII: Bool {
        utf8.withContiguousStorageIfAvailable { bytes in bytes.allSatisfy { $0 < 0x80 } } ?? utf8.allSatisfy { $0 < 0x80 }
    }
}
