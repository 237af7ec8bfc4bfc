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

/// Reads files from disk and hands each to the loader for its format.
public struct DocumentReader: Sendable {
    /// The largest file read, in bytes; larger files are skipped with a notice.
    public var maximumFileSize: Int

    public init(maximumFileSize: Int = 200 * 1024 * 1024) {
        self.maximumFileSize = maximumFileSize
    }

    /// The document at `input`, or a notice saying why it was skipped.
    public func read(_ input: InputCollector.Input) -> Result<Document, Notice> {
        let bytes: [UInt8]
        switch DocumentReader.contents(of: input.path, limit: maximumFileSize) {
        case .failure(let problem):
            return .failure(Notice(path: input.path, message: problem.message))
        case .success(let read):
            bytes = read
        }
        if DocumentReader.looksBinary(bytes) {
            return .failure(Notice(path: input.path, message: "binary file (NUL bytes); skipped"))
        }
        return .success(load(input, bytes: bytes))
    }

    /// Why a file could not be read, as the notice says it.
    struct ReadProblem: Error {
        var message: String
    }

    /// A file's bytes, read with open(2)/read(2) into a buffer of the file's size: Foundation's
    /// `FileHandle.read(upToCount:)` sets up a buffer of the full limit (200 MB) for every file,
    /// which cost more system time than reading an archive of small articles.
    static func contents(of path: String, limit: Int) -> Result<[UInt8], ReadProblem> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(ReadProblem(message: "cannot open the file; skipped")) }
        defer { close(descriptor) }
        var info = stat()
        let expected = fstat(descriptor, &info) == 0 ? max(0, Int(info.st_size)) : 0
        var bytes = [UInt8](repeating: 0, count: min(expected, limit) + 1)
        var count = 0
        while count <= limit {
            if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: min(max(bytes.count, 4096), limit + 1 - count))) }
            let read = bytes.withUnsafeMutableBytes { buffer in
                systemRead(descriptor, buffer.baseAddress! + count, buffer.count - count)
            }
            if read < 0 {
                if errno == EINTR { continue }
                return .failure(ReadProblem(message: "cannot read the file (\(String(cString: strerror(errno)))); skipped"))
            }
            if read == 0 { break }
            count += read
        }
        if count > limit {
            return .failure(ReadProblem(message: "larger than the \(limit / 1_048_576) MB limit; skipped"))
        }
        bytes.removeSubrange(count...)
        return .success(bytes)
    }

    /// A document from bytes in memory.
    public func load(_ input: InputCollector.Input, bytes: [UInt8]) -> Document {
        let (utf8, notice) = TextDecoder.decode(bytes)
        var document: Document
        switch input.format {
        case .text: document = PlainTextLoader().load(path: input.path, utf8: utf8)
        case .markdown: document = MarkdownLoader().load(path: input.path, utf8: utf8)
        case .html: document = HTMLLoader().load(path: input.path, utf8: utf8)
        }
        if let notice { document.notices.insert(notice, at: 0) }
        return document
    }

    /// read(2), named apart from `read(_:)` above.
    private static func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.read(descriptor, buffer, count)
        #else
        Darwin.read(descriptor, buffer, count)
        #endif
    }

    /// Whether the bytes hold NUL bytes in their first 8 KB (and so are not text), unless they
    /// start with a UTF-16 byte-order mark.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return false }
        return bytes.prefix(8192).contains(0)
    }
}

/// Plain text: the file is the text.
public struct PlainTextLoader: DocumentLoader {
    public init() {}

    public func load(path: String, utf8: [UInt8]) -> Document {
        Document(path: path, format: .text, source: utf8)
    }
}
