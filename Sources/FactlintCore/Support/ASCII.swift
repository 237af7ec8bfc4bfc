extension StringProtocol {
    /// Whether every byte is ASCII: then a character is a byte, and byte-wise fast paths give
    /// the answers of the Unicode-aware ones.
    var isASCII: Bool { utf8.allSatisfy { $0 < 0x80 } }
}
