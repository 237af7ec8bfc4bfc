#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds a byte string in UTF-8 text with `memchr` on the first byte and a direct comparison of
/// the rest: the generic `firstRange(of:)` of Foundation reads every byte through protocol
/// witnesses, about a hundred times slower on a whole article.
enum ByteSearch {
    /// The offsets (in `haystack`'s own indices) of the first occurrence of `needle`, if any.
    static func firstRange(of needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Range<Int>? {
        guard let first = needle.first else { return haystack.startIndex..<haystack.startIndex }
        let count = needle.count
        return haystack.withUnsafeBufferPointer { text -> Range<Int>? in
            guard let base = text.baseAddress, text.count >= count else { return nil }
            var from = 0
            let lastStart = text.count - count
            while from <= lastStart {
                guard let hit = memchr(base + from, Int32(first), lastStart - from + 1) else { return nil }
                let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                var matches = true
                for k in 1..<count where text[offset + k] != needle[k] {
                    matches = false
                    break
                }
                if matches { return (haystack.startIndex + offset)..<(haystack.startIndex + offset + count) }
                from = offset + 1
            }
            return nil
        }
    }

    /// Whether `needle` occurs in `haystack`.
    static func contains(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
        firstRange(of: needle, in: haystack[...]) != nil
    }
}
