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

    private var buffer = Data()
    /// Body bytes still to skip after a refused oversized frame.
    private var skipping = 0

    public init() {}

    /// Adds bytes read from the stream.
    public mutating func append(_ bytes: Data) {
        buffer.append(bytes)
    }

    /// The next frame, or nil when more bytes are needed.
    public mutating func next() -> Frame? {
        if skipping > 0 {
            let dropped = min(skipping, buffer.count)
            buffer.removeFirst(dropped)
            skipping -= dropped
            if skipping > 0 { return nil }
        }
        guard let end = MessageFraming.headerEnd(in: buffer) else {
            if buffer.count > MessageFraming.maximumHeader {
                buffer.removeAll()
                return .malformed("a header longer than \(MessageFraming.maximumHeader) bytes without a blank line after it")
            }
            return nil
        }
        let header = String(decoding: buffer[buffer.startIndex..<buffer.startIndex + end.headerLength], as: UTF8.self)
        guard let length = MessageFraming.contentLength(in: header) else {
            buffer.removeFirst(end.headerLength + end.separatorLength)
            return .malformed("no valid Content-Length header in '\(header.prefix(80))'")
        }
        let bodyStart = end.headerLength + end.separatorLength
        guard length <= MessageFraming.maximumBody else {
            buffer.removeFirst(bodyStart)
            skipping = length
            return .malformed("a body of \(length) bytes, more than the \(MessageFraming.maximumBody) accepted")
        }
        guard buffer.count >= bodyStart + length else { return nil }
        let body = Data(buffer[buffer.startIndex + bodyStart..<buffer.startIndex + bodyStart + length])
        buffer.removeFirst(bodyStart + length)
        return .message(body)
    }

    /// Where the header block ends: its length and the blank line's (`\r\n\r\n`, or `\n\n` from a lenient client).
    private static func headerEnd(in data: Data) -> (headerLength: Int, separatorLength: Int)? {
        let bytes = [UInt8](data.prefix(maximumHeader + 4))
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x0A {
                if index + 1 < bytes.count, bytes[index + 1] == 0x0A { return (index, 2) }
                if index + 2 < bytes.count, bytes[index + 1] == 0x0D, bytes[index + 2] == 0x0A, index > 0, bytes[index - 1] == 0x0D {
                    return (index - 1, 4)
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
