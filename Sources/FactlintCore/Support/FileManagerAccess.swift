import Foundation

/// The few file-system reads the rule and configuration loaders need, with errors that name the file.
struct FileManagerAccess {
    func isDirectory(_ path: String) -> Bool {
        var directory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &directory) && directory.boolValue
    }

    func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

    /// The entries of a folder, sorted, hidden ones left out.
    func children(of folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { !$0.hasPrefix(".") }
            .sorted { $0.utf8Precedes($1) }
    }

    /// The largest rule, lexicon or configuration file read, in bytes.
    static let maximumFileSize = 4 << 20

    /// A file's text, which must be UTF-8 (a UTF-8 byte-order mark is dropped). The error for
    /// other bytes names the line and column of the first one that is not UTF-8.
    func text(_ path: String) throws(InputError) -> String {
        let bytes: [UInt8]
        switch DocumentReader.readPrefix(of: path, upTo: FileManagerAccess.maximumFileSize) {
        case .failure(let notice):
            throw InputError(path: path, notice.message.replacingOccurrences(of: "; skipped", with: ""))
        case .success(let read):
            guard !read.truncated else {
                throw InputError(path: path, "larger than \(Limits.describe(bytes: FileManagerAccess.maximumFileSize)); "
                    + "a rule, lexicon or configuration file must be smaller")
            }
            bytes = read.bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(read.bytes.dropFirst(3)) : read.bytes
        }
        if let bad = TextDecoder.firstInvalidOffset(bytes) {
            let (line, column) = LineIndex(Array(bytes[..<bad])).position(of: bad, in: bytes)
            throw InputError(path: path, line: line, column: column,
                             "not UTF-8 text (byte 0x\(String(bytes[bad], radix: 16, uppercase: true)) at byte offset \(bad)); save the file as UTF-8")
        }
        if let nul = bytes.firstIndex(of: 0) {
            let (line, column) = LineIndex(Array(bytes[..<nul])).position(of: nul, in: bytes)
            throw InputError(path: path, line: line, column: column, "a NUL byte in a YAML file (a binary file?)")
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
