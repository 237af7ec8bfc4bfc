import Foundation

/// The base protocol's framing: each message is `Content-Length: N\r\n` (other headers
/// allowed), a blank line, then N bytes of JSON. `MessageFraming` cuts a byte stream into
/// message bodies and reports frames it cannot read instead of giving up on the stream.
public struct MessageFraming: Sendable {
    /// What the next bytes of the stream held.
    public enum Frame: Sendable, Equatable {
        /// A complete message body.
        case message(Data)
        /// A header block that could not be read (no or a bad Content-Length, too long); its
        /// bytes are skipped and the stream goes on after it.
        case malformed(String)
    }

    /// The largest body accepted, in bytes.
    public static let maximumBody = 64 << 20
    /// The largest header block accepted, in bytes.
    public static let maximumHeader = 8 << 10

    /// Bytes read and not yet consumed start at `start`; consumed bytes are dropped when they
    /// make up half the buffer, so the buffer never grows beyond twice the largest message.
    private var buffer: [UInt8] = []
    private var start = 0
    /// Body bytes still to skip after a refused oversized frame.
    private var skipping = 0

    public init() {}

    /// Adds bytes read from the stream.
    public mutating func append(_ bytes: Data) {
        if start > 0, start * 2 >= buffer.count {
            buffer.removeFirst(start)
            start = 0
        }
        buffer.append(contentsOf: bytes)
    }

    /// Unconsumed bytes.
    private var available: Int { buffer.count - start }

    private mutating func consume(_ count: Int) {
        start += count
        if start == buffer.count {
            buffer.removeAll(keepingCapacity: buffer.capacity <= 1 << 20)
            start = 0
        }
    }

    /// The next frame, or nil when more bytes are needed.
    public mutating func next() -> Frame? {
        if skipping > 0 {
            let dropped = min(skipping, available)
            consume(dropped)
            skipping -= dropped
            if skipping > 0 { return nil }
        }
        guard let end = MessageFraming.headerEnd(in: buffer[start...]) else {
            if available > MessageFraming.maximumHeader {
                consume(available)
                return .malformed("a header longer than \(MessageFraming.maximumHeader) bytes without a blank line after it")
            }
            return nil
        }
        let header = String(decoding: buffer[start..<start + end.headerLength], as: UTF8.self)
        let bodyStart = end.headerLength + end.separatorLength
        guard let length = MessageFraming.contentLength(in: header) else {
            consume(bodyStart)
            return .malformed("no valid Content-Length header in '\(header.prefix(80))'")
        }
        guard length <= MessageFraming.maximumBody else {
            consume(bodyStart)
            skipping = length
            return .malformed("a body of \(length) bytes, more than the \(MessageFraming.maximumBody) accepted")
        }
        guard available >= bodyStart + length else { return nil }
        let body = Data(buffer[start + bodyStart..<start + bodyStart + length])
        consume(bodyStart + length)
        return .message(body)
    }

    /// Where the header block ends, counted from the slice's start: its length and the blank
    /// line's (`\r\n\r\n`, or `\n\n` from a lenient client).
    private static func headerEnd(in bytes: ArraySlice<UInt8>) -> (headerLength: Int, separatorLength: Int)? {
        let first = bytes.startIndex
        let last = min(bytes.endIndex, first + maximumHeader + 4)
        var index = first
        while index < last {
            if bytes[index] == 0x0A {
                if index + 1 < last, bytes[index + 1] == 0x0A { return (index - first, 2) }
                if index + 2 < last, bytes[index + 1] == 0x0D, bytes[index + 2] == 0x0A, index > first, bytes[index - 1] == 0x0D {
                    return (index - 1 - first, 4)
                }
            }
            index += 1
        }
        return nil
    }

    /// The Content-Length header's value, if there is exactly one valid one.
    static func contentLength(in header: String) -> Int? {
        var found: Int?
        for line in header.split(whereSeparator: { $0 == "\r\n" || $0 == "\n" || $0 == "\r" }) {
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces).lowercased() == "content-length" else { continue }
            guard found == nil, let value = Int(parts[1].trimmingCharacters(in: .whitespaces)), value >= 0 else { return nil }
            found = value
        }
        return found
    }

    /// A body framed for sending.
    public static func frame(_ body: Data) -> Data {
        var out = Data("Content-Length: \(body.count)\r\n\r\n".utf8)
        out.append(body)
        return out
    }
}
