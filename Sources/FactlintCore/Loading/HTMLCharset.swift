import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The character encoding an HTML page declares (`<meta charset>`, `<meta http-equiv=
/// "Content-Type" content="…; charset=…">` or an XML declaration) and the conversion of the page
/// to UTF-8 with iconv, before it is parsed, so that its text is read as written and positions
/// count its characters (a windows-1251 letter is one byte on disk and one column, as before).
///
/// Labels follow the WHATWG Encoding Standard where it differs from iconv's names:
/// ISO-8859-1, ASCII and Latin-1 mean windows-1252, and a UTF-16 label in a page without a
/// byte-order mark means UTF-8.
public enum HTMLCharset {
    /// How far into the page the declaration is looked for, in bytes.
    static let prescanBytes = 4096

    /// The page as UTF-8 when it declares another charset, and a notice when the declared
    /// charset is unknown or bytes could not be converted; the bytes unchanged otherwise.
    public static func convertToUTF8(_ bytes: [UInt8]) -> (bytes: [UInt8], notice: String?) {
        guard let label = declaredCharset(bytes) else { return (bytes, nil) }
        let name = canonicalName(label)
        guard name != "UTF-8" else { return (bytes, nil) }
        guard let (converted, bad) = convert(bytes, from: name) else {
            return (bytes, "unknown charset '\(label)' declared; read as UTF-8")
        }
        guard let bad else { return (converted, nil) }
        return (converted, "bytes that are not \(name) at byte offset \(bad); replaced with U+FFFD")
    }

    /// The charset label the page declares in its first `prescanBytes` bytes, lower-cased.
    public static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(prescanBytes), as: UTF8.self).lowercased()
        if head.hasPrefix("<?xml"), let end = head.range(of: "?>") {
            if let label = attribute("encoding", in: head[..<end.lowerBound]) { return label }
        }
        var rest = head[...]
        while let open = rest.range(of: "<meta") {
            let tagEnd = rest[open.upperBound...].firstIndex(of: ">") ?? rest.endIndex
            let tag = rest[open.upperBound..<tagEnd]
            if let label = attribute("charset", in: tag) { return label }
            if attribute("http-equiv", in: tag) == "content-type", let content = attribute("content", in: tag),
               let range = content.range(of: "charset=") {
                let value = content[range.upperBound...].prefix { !";, \"'".contains($0) }
                if !value.isEmpty { return String(value) }
            }
            rest = rest[tagEnd...]
        }
        return nil
    }

    /// iconv's name for a WHATWG label.
    static func canonicalName(_ label: String) -> String {
        switch label {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "utf-16", "utf-16le", "utf-16be", "unicode", "ucs-2": "UTF-8"
        case "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1", "ascii", "us-ascii", "cp1252", "windows-1252",
             "x-cp1252", "cp819", "ibm819", "iso-ir-100", "csisolatin1": "WINDOWS-1252"
        case "gb2312", "gbk", "x-gbk", "chinese", "csgb2312": "GBK"
        case "iso-8859-9", "latin5", "l5", "windows-1254": "WINDOWS-1254"
        case "tis-620", "iso-8859-11", "windows-874": "CP874"
        default: label.uppercased()
        }
    }

    /// The value of `name=value`, `name="value"` or `name='value'` in a tag's attributes.
    private static func attribute(_ name: String, in tag: Substring) -> String? {
        var search = tag[...]
        while let found = search.range(of: name) {
            defer { search = search[found.upperBound...] }
            if found.lowerBound > tag.startIndex {
                let before = tag[tag.index(before: found.lowerBound)]
                guard before == " " || before == "\t" || before == "\n" || before == "\r" || before == "/" else { continue }
            }
            var i = found.upperBound
            while i < tag.endIndex, tag[i] == " " { i = tag.index(after: i) }
            guard i < tag.endIndex, tag[i] == "=" else { continue }
            i = tag.index(after: i)
            while i < tag.endIndex, tag[i] == " " { i = tag.index(after: i) }
            guard i < tag.endIndex else { return nil }
            let quote = tag[i]
            let value: Substring
            if quote == "\"" || quote == "'" {
                let start = tag.index(after: i)
                value = tag[start...].prefix { $0 != quote }
            } else {
                value = tag[i...].prefix { !" \t\n\r/>;\"'".contains($0) }
            }
            let trimmed = value.trimmingCharacters(in: .whitespaces)
            return trimmed.isEmpty ? nil : trimmed
        }
        return nil
    }

    /// The bytes converted from `charset` to UTF-8, with the offset of the first byte that was
    /// not valid in it (replaced with U+FFFD); nil when iconv does not know the charset.
    static func convert(_ bytes: [UInt8], from charset: String) -> ([UInt8], Int?)? {
        let converter = iconv_open("UTF-8", charset)
        guard let converter, converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count * 2)
        var firstBad: Int?
        var buffer = [CChar](repeating: 0, count: 1 << 16)
        var position = 0
        while position < bytes.count {
            let (consumed, produced, failure) = bytes.withUnsafeBufferPointer { input -> (Int, Int, Int32) in
                buffer.withUnsafeMutableBufferPointer { out -> (Int, Int, Int32) in
                    var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(mutating: input.baseAddress! + position)
                        .assumingMemoryBound(to: CChar.self)
                    var inLeft = input.count - position
                    var outPointer: UnsafeMutablePointer<CChar>? = out.baseAddress
                    var outLeft = out.count
                    let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                    let failure = result == -1 ? errno : 0
                    return (input.count - position - inLeft, out.count - outLeft, failure)
                }
            }
            output += buffer[0..<produced].map { UInt8(bitPattern: $0) }
            position += consumed
            switch failure {
            case 0, E2BIG:
                continue
            default:
                // EILSEQ (a byte not valid here) or EINVAL (a sequence cut off at the end).
                if firstBad == nil { firstBad = position }
                output += [0xEF, 0xBF, 0xBD]
                position += 1
            }
        }
        return (output, firstBad)
    }
}
