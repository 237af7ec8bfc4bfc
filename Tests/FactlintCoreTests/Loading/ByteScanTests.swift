@testable import FactlintCore
import Testing

/// The byte scans of loading (UTF-8 validity, NUL bytes), which skip ASCII several bytes at a
/// time: the same answers wherever a byte falls against those steps.
@Suite("Byte scans")
struct ByteScanTests {
    /// The first offset the standard library's UTF-8 parser rejects, or nil.
    static func referenceInvalidOffset(_ bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .error: return offset
            case .emptyInput: return nil
            }
        }
    }

    @Test("the first invalid UTF-8 byte agrees with the standard library's parser, at every alignment")
    func invalidOffsets() {
        var generator = SystemRandomNumberGenerator()
        let valid: [[UInt8]] = [Array("a".utf8), Array("abcdefgh".utf8), Array("é".utf8), Array("—".utf8),
                                Array("🇺🇦".utf8), Array("\n".utf8)]
        let invalid: [[UInt8]] = [[0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xE2, 0x80], [0x80], [0xF4, 0x90, 0x80, 0x80]]
        for round in 0..<400 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(generator.next() % 60) { bytes += valid[Int(generator.next() % UInt64(valid.count))] }
            if round % 4 != 0 { bytes += invalid[Int(generator.next() % UInt64(invalid.count))] }
            for _ in 0..<Int(generator.next() % 20) { bytes += valid[Int(generator.next() % UInt64(valid.count))] }
            #expect(TextDecoder.firstInvalidOffset(bytes) == Self.referenceInvalidOffset(bytes), "\(bytes)")
        }
        #expect(TextDecoder.firstInvalidOffset([]) == nil)
        #expect(TextDecoder.firstInvalidOffset(Array("12345678\u{FF}".utf8) + [0xFF]) == 10)
    }

    @Test("a NUL byte in the first 8 KB marks a file as binary; one after it, or a UTF-16 mark, does not")
    func binary() {
        var text = [UInt8](repeating: 0x61, count: 9_000)
        #expect(!DocumentReader.looksBinary(text))
        text[8_191] = 0
        #expect(DocumentReader.looksBinary(text))
        text[8_191] = 0x61
        text[8_192] = 0
        #expect(!DocumentReader.looksBinary(text))
        #expect(DocumentReader.looksBinary([0]))
        #expect(!DocumentReader.looksBinary([]))
        #expect(!DocumentReader.looksBinary([0xFF, 0xFE, 0x61, 0x00]))
    }
}
