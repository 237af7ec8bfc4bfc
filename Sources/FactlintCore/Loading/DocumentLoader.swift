import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads one kind of article file into a `Document`.
public protocol DocumentLoader {
    /// The document for a file's bytes, already decoded to valid UTF-8.
    func load(path: String, utf8: [UInt8]) -> Document
}

/// Reads files from disk and hands each to the loader for its format. Whatever the bytes, the
/// result is a document or a notice that says why the file was skipped: nothing is thrown, and
/// nothing blocks (a FIFO swapped in after the folder walk is refused, not waited on).
public struct DocumentReader: Sendable {
    /// The most bytes read from one file; the rest of a larger file is left unread, with a notice.
    public var maximumFileSize: Int
    /// The most tags parsed in an HTML page.
    public var maximumHTMLTags: Int

    /// A reader with these caps (bytes read per file, tags parsed per HTML page).
    public init(maximumFileSize: Int = Limits.standard.fileBytes, maximumHTMLTags: Int = Limits.standard.htmlTags) {
        self.maximumFileSize = max(1, maximumFileSize)
        self.maximumHTMLTags = max(1, maximumHTMLTags)
    }

    /// A reader within the file size and HTML tag limits.
    public init(limits: Limits) {
        self.init(maximumFileSize: limits.fileBytes, maximumHTMLTags: limits.htmlTags)
    }

    /// The document at `input`, or a notice saying why it was skipped.
    public func read(_ input: InputCollector.Input) -> Result<Document, Notice> {
        let bytes: [UInt8]
        let truncated: Bool
        switch DocumentReader.readPrefix(of: input.path, upTo: maximumFileSize) {
        case .failure(let notice): return .failure(notice)
        case .success(let read): (bytes, truncated) = read
        }
        if DocumentReader.looksBinary(bytes) {
            return .failure(Notice(path: input.path, message: "binary file (NUL bytes in the first 8 KB); skipped"))
        }
        guard truncated else {
            var document = load(input, bytes: bytes)
            if bytes.isEmpty { document.notices.append("empty file; nothing to read") }
            return .success(document)
        }
        let kept = Array(bytes[..<DocumentReader.lineBoundary(in: bytes)])
        var document = load(input, bytes: kept)
        let end = document.lineIndex.position(of: document.source.count, in: document.source)
        document.notices.insert("larger than the \(Limits.describe(bytes: maximumFileSize)) file size limit; only the text before "
            + "line \(end.line), column \(end.column) was read", at: 0)
        return .success(document)
    }

    /// A document from bytes in memory: HTML in a declared charset is converted to UTF-8 first,
    /// then byte-order marks and invalid UTF-8 are dealt with (`TextDecoder`).
    public func load(_ input: InputCollector.Input, bytes: [UInt8]) -> Document {
        var bytes = bytes
        var notices: [String] = []
        if input.format == .html, !TextDecoder.hasByteOrderMark(bytes) {
            let (converted, notice) = HTMLCharset.convertToUTF8(bytes)
            bytes = converted
            if let notice { notices.append(notice) }
        }
        let (utf8, notice) = TextDecoder.decode(bytes)
        if let notice { notices.append(notice) }
        var document: Document
        switch input.format {
        case .text: document = PlainTextLoader().load(path: input.path, utf8: utf8)
        case .markdown: document = MarkdownLoader().load(path: input.path, utf8: utf8)
        case .html: document = HTMLLoader(maximumTags: maximumHTMLTags).load(path: input.path, utf8: utf8)
        }
        document.notices.insert(contentsOf: notices, at: 0)
        return document
    }


    /// Whether the bytes hold NUL bytes in their first 8 KB (and so are not text), unless they
    /// start with a UTF-16 byte-order mark.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return false }
        return bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return false }
            return memchr(base, 0, min(buffer.count, 8192)) != nil
        }
    }

    /// Where to cut a prefix of a file so that no line or character is cut in two: after its
    /// last line break, else at the last character boundary.
    static func lineBoundary(in bytes: [UInt8]) -> Int {
        if let newline = bytes.lastIndex(where: { $0 == 0x0A || $0 == 0x0D }) { return newline + 1 }
        var cut = bytes.count
        while cut > 0, bytes[cut - 1] & 0xC0 == 0x80 { cut -= 1 }
        if cut > 0, bytes[cut - 1] >= 0xC0 { cut -= 1 }
        return cut
    }

    /// The first `limit` bytes of a regular file, and whether there was more; or why it cannot be read.
    static func readPrefix(of path: String, upTo limit: Int) -> Result<(bytes: [UInt8], truncated: Bool), Notice> {
        // O_NONBLOCK: opening a FIFO must not wait for a writer; the type is checked right after.
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return .failure(Notice(path: path, message: "cannot open the file (\(String(cString: strerror(errno)))); skipped")) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(Notice(path: path, message: "cannot read the file (\(String(cString: strerror(errno)))); skipped")) }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            return .failure(Notice(path: path, message: "\(describeKind(info.st_mode)), not a regular file; skipped"))
        }
        let flags = fcntl(fd, F_GETFL)
        if flags >= 0 { _ = fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) }
        // Read straight into a buffer of the file's size (plus the byte that tells a longer
        // file), growing it only when the file grew after fstat.
        var bytes = [UInt8](repeating: 0, count: min(limit, max(0, Int(info.st_size))) + 1)
        var count = 0
        // One byte past the limit tells a file of exactly `limit` bytes from a longer one.
        while count <= limit {
            if count == bytes.count {
                bytes.append(contentsOf: repeatElement(0, count: min(max(bytes.count, 4096), limit + 1 - count)))
            }
            let read = bytes.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress! + count, $0.count - count) }
            if read < 0 {
                if errno == EINTR { continue }
                return .failure(Notice(path: path, message: "cannot read the file (\(String(cString: strerror(errno)))); skipped"))
            }
            if read == 0 { break }
            count += read
        }
        bytes.removeSubrange(count...)
        guard bytes.count > limit else { return .success((bytes, false)) }
        bytes.removeLast(bytes.count - limit)
        return .success((bytes, true))
    }
}

/// What a file that is not a regular file is, for messages.
func describeKind(_ mode: mode_t) -> String {
    switch mode & S_IFMT {
    case S_IFDIR: "a folder"
    case S_IFCHR, S_IFBLK: "a device"
    case S_IFIFO: "a FIFO (named pipe)"
    case S_IFSOCK: "a socket"
    default: "a special file"
    }
}

/// read(2) (the name `read` is taken by `DocumentReader.read(_:)` inside the type).
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(fd, buffer, count)
}

/// Plain text: the file is the text.
public struct PlainTextLoader: DocumentLoader {
    public init() {}

    public func load(path: String, utf8: [UInt8]) -> Document {
        Document(path: path, format: .text, source: utf8)
    }
}
