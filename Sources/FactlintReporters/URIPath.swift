/// Paths as URI references, for reports that link to articles (SARIF, HTML).
enum URIPath {
    /// A relative path becomes a relative reference with every byte outside RFC 3986's
    /// unreserved set (and `/`) percent-encoded; an absolute path becomes a `file://` URI.
    /// A leading `./` is dropped, so `./seeds/a.txt` and `seeds/a.txt` name one artifact.
    static func reference(for path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.hasPrefix("./") { trimmed = trimmed.dropFirst(2) }
        let encoded = encode(String(trimmed))
        return path.hasPrefix("/") ? "file://" + encoded : encoded
    }

    /// Percent-encodes UTF-8 bytes other than `A–Z a–z 0–9 - . _ ~ /`.
    static func encode(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            if isUnreserved(byte) {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
            true
        default:
            false
        }
    }
}

extension URIPath {
    /// The prefix that makes paths relative to `workingDirectory` resolve from the folder of a
    /// report written at `reportPath` ("out/report.html" → "../"). Both may be relative to
    /// `workingDirectory`, which must be absolute.
    static func prefix(fromReportAt reportPath: String, workingDirectory: String) -> String {
        let cwd = components(of: workingDirectory)
        let absoluteReport = reportPath.hasPrefix("/") ? reportPath : workingDirectory + "/" + reportPath
        let folder = Array(components(of: absoluteReport).dropLast())
        var common = 0
        while common < min(cwd.count, folder.count), cwd[common] == folder[common] { common += 1 }
        let up = Array(repeating: "..", count: folder.count - common)
        let down = cwd[common...].map { encode($0) }
        let parts = up + down
        return parts.isEmpty ? "" : parts.joined(separator: "/") + "/"
    }

    /// The segments of an absolute path with `.` and `..` resolved.
    private static func components(of path: String) -> [String] {
        var out: [String] = []
        for part in path.split(separator: "/") {
            if part == "." || part.isEmpty { continue }
            if part == ".." { if !out.isEmpty { out.removeLast() } } else { out.append(String(part)) }
        }
        return out
    }
}
