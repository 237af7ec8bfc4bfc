#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns UTF-8 byte offsets of a file into 1-based lines and columns counted in Unicode scalars.
/// A line ends at `\n`, `\r\n` or a lone `\r`.
///
/// Along lines longer than `checkpointStride` bytes (a paragraph on one line, a whole article
/// on one line, minified HTML) the scalar count is recorded every `checkpointStride` bytes, so
/// a column costs at most that many bytes of counting however long the line is.
public struct LineIndex: Sendable {
    /// Byte offset at which each line starts; `lineStarts[0] == 0`.
    public let lineStarts: [Int]
    /// Byte offsets inside long lines, ascending, and the scalars from each one's line start to it.
    private let checkpointOffsets: [Int]
    private let checkpointScalars: [Int]
    /// Bytes between checkpoints along a long line.
    static let checkpointStride = 256

    public init(_ bytes: [UInt8]) {
        let starts = LineIndex.lineStarts(bytes)
        lineStarts = starts
        let n = bytes.count
        var offsets: [Int] = []
        var scalars: [Int] = []
        let stride = LineIndex.checkpointStride
        for (line, start) in starts.enumerated() {
            let end = line + 1 < starts.count ? starts[line + 1] : n
            var count = 0
            var from = start
            var next = start + stride
            // A checkpoint at every stride's byte strictly inside the line, counted eight
            // bytes at a time.
            while next < end {
                count += LineIndex.scalars(in: bytes, from, next)
                offsets.append(next)
                scalars.append(count)
                from = next
                next += stride
            }
        }
        checkpointOffsets = offsets
        checkpointScalars = scalars
    }

    /// Where each line starts: after each LF, CR LF or lone CR. A text without CR (nearly
    /// every one) is split at the LFs `memchr` finds; one with CR is read byte by byte.
    private static func lineStarts(_ bytes: [UInt8]) -> [Int] {
        var starts = [0]
        starts.reserveCapacity(bytes.count / 40 + 1)
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            let n = buffer.count
            if memchr(base, 0x0D, n) == nil {
                var from = 0
                while from < n, let found = memchr(base + from, 0x0A, n - from) {
                    from = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base + 1
                    starts.append(from)
                }
                return
            }
            var i = 0
            while i < n {
                let b = buffer[i]
                if b == 0x0A {
                    starts.append(i + 1)
                } else if b == 0x0D {
                    if i + 1 < n, buffer[i + 1] == 0x0A { i += 1 }
                    starts.append(i + 1)
                }
                i += 1
            }
        }
        return starts
    }

    /// The 1-based line and column (Unicode scalars) of a byte offset in `bytes`.
    public func position(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        let line = line(of: offset)
        return (line + 1, column(of: offset, onLine: line, in: bytes))
    }

    /// The positions of a range's two ends: the end counted on from the start when both are
    /// on one line (a span nearly always is), so the line's bytes are not counted twice.
    public func positions(of start: Int, _ end: Int, in bytes: [UInt8]) -> (start: (line: Int, column: Int), end: (line: Int, column: Int)) {
        let line = line(of: start)
        let column = column(of: start, onLine: line, in: bytes)
        let nextLine = line + 1 < lineStarts.count ? lineStarts[line + 1] : Int.max
        guard end >= start, end < nextLine, end - start <= LineIndex.checkpointStride else {
            return ((line + 1, column), position(of: end, in: bytes))
        }
        return ((line + 1, column), (line + 1, column + LineIndex.scalars(in: bytes, start, min(end, bytes.count))))
    }

    /// The 0-based line of a byte offset.
    private func line(of offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// The 1-based column of a byte offset on its 0-based line.
    private func column(of offset: Int, onLine line: Int, in bytes: [UInt8]) -> Int {
        var column = 1
        var i = lineStarts[line]
        if offset - i > LineIndex.checkpointStride, let checkpoint = checkpoint(atOrBefore: offset), checkpointOffsets[checkpoint] > i {
            column += checkpointScalars[checkpoint]
            i = checkpointOffsets[checkpoint]
        }
        return column + LineIndex.scalars(in: bytes, i, min(offset, bytes.count))
    }

    /// The Unicode scalars that start in `bytes[from..<to]`: its bytes less its continuation
    /// bytes (10xxxxxx), counted eight bytes at a time.
    static func scalars(in bytes: [UInt8], _ from: Int, _ to: Int) -> Int {
        guard from < to else { return 0 }
        return bytes.withUnsafeBytes { raw in
            var continuations = 0
            var i = from
            while i + 8 <= to {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                // Bit 7 set and bit 6 clear in a byte: a continuation byte.
                continuations += (word & ~(word << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
                i += 8
            }
            while i < to {
                if raw[i] & 0xC0 == 0x80 { continuations += 1 }
                i += 1
            }
            return (to - from) - continuations
        }
    }

    /// The index of the last checkpoint at or before `offset`.
    private func checkpoint(atOrBefore offset: Int) -> Int? {
        guard let first = checkpointOffsets.first, first <= offset else { return nil }
        var low = 0
        var high = checkpointOffsets.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if checkpointOffsets[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }
}
