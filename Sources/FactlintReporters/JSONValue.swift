/// A JSON value whose objects keep their keys in the order written, so reports follow the
/// documented field order byte for byte (Foundation's encoder reorders keys and drops nulls).
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.rendered() == rhs.rendered() }

    /// A string value, or null.
    static func optional(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }

    /// The value as JSON text, pretty-printed with two-space indentation.
    public func rendered(indent: String = "") -> String {
        var out: [UInt8] = []
        write(to: &out, indent: Array(indent.utf8))
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the value's UTF-8 text to `out`, each nested line led by `indent` and two spaces
    /// more a level: written as bytes, not appended to a `String` piece by piece (a `String`
    /// append checks capacity and encoding at every piece, and a report is most of a megabyte).
    private func write(to out: inout [UInt8], indent: [UInt8]) {
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .int(let i): out.append(contentsOf: String(i).utf8)
        case .string(let s): JSONValue.escape(s, into: &out)
        case .array(let items):
            guard !items.isEmpty else { out.append(contentsOf: "[]".utf8); return }
            out.append(contentsOf: "[\n".utf8)
            let inner = indent + [0x20, 0x20]
            for (index, item) in items.enumerated() {
                out.append(contentsOf: inner)
                item.write(to: &out, indent: inner)
                if index < items.count - 1 { out.append(0x2C) }
                out.append(0x0A)
            }
            out.append(contentsOf: indent)
            out.append(0x5D)
        case .object(let fields):
            guard !fields.isEmpty else { out.append(contentsOf: "{}".utf8); return }
            out.append(contentsOf: "{\n".utf8)
            let inner = indent + [0x20, 0x20]
            for (index, (key, value)) in fields.enumerated() {
                out.append(contentsOf: inner)
                JSONValue.escape(key, into: &out)
                out.append(contentsOf: ": ".utf8)
                value.write(to: &out, indent: inner)
                if index < fields.count - 1 { out.append(0x2C) }
                out.append(0x0A)
            }
            out.append(contentsOf: indent)
            out.append(0x7D)
        }
    }

    /// A JSON string literal (RFC 8259): quotes, backslashes and control characters escaped.
    static func escape(_ text: String, into out: inout String) {
        var bytes: [UInt8] = []
        escape(text, into: &bytes)
        out += String(decoding: bytes, as: UTF8.self)
    }

    /// A JSON string literal (RFC 8259) as UTF-8: quotes, backslashes, control characters and
    /// the line and paragraph separators (U+2028, U+2029) escaped. Read byte by byte: a
    /// `String`'s UTF-8 is valid, so every byte of a multi-byte scalar is 0x80 or over and is
    /// copied as it is, save the two separators' three-byte sequences (E2 80 A8, E2 80 A9).
    /// A string with none of the bytes that may need escaping (most keys and values) is
    /// copied in one piece.
    static func escape(_ text: String, into out: inout [UInt8]) {
        out.append(0x22)
        var text = text
        text.withUTF8 { bytes in
            guard bytes.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 }) else {
                out.append(contentsOf: bytes)
                return
            }
            var k = 0
            let n = bytes.count
            while k < n {
                let byte = bytes[k]
                switch byte {
                case 0x22: out.append(contentsOf: [0x5C, 0x22])
                case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
                case 0x0A: out.append(contentsOf: [0x5C, 0x6E])
                case 0x0D: out.append(contentsOf: [0x5C, 0x72])
                case 0x09: out.append(contentsOf: [0x5C, 0x74])
                case 0xE2 where k + 2 < n && bytes[k + 1] == 0x80 && (bytes[k + 2] == 0xA8 || bytes[k + 2] == 0xA9):
                    JSONValue.unicodeEscape(bytes[k + 2] == 0xA8 ? 0x2028 : 0x2029, into: &out)
                    k += 3
                    continue
                default:
                    if byte < 0x20 { JSONValue.unicodeEscape(UInt32(byte), into: &out) } else { out.append(byte) }
                }
                k += 1
            }
        }
        out.append(0x22)
    }

    /// `\u` and four lower-case hex digits.
    private static func unicodeEscape(_ value: UInt32, into out: inout [UInt8]) {
        let hex = String(value, radix: 16)
        out.append(contentsOf: "\\u".utf8)
        out.append(contentsOf: repeatElement(UInt8(0x30), count: 4 - hex.utf8.count))
        out.append(contentsOf: hex.utf8)
    }
}
