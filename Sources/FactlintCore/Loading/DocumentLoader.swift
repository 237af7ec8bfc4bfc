import Foundation

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
        guard let handle = FileHandle(forReadingAtPath: input.path) else {
            return .failure(Notice(path: input.path, message: "cannot open the file; skipped"))
        }
        defer { try? handle.close() }
        let data: Data
        do {
            guard let read = try handle.read(upToCount: maximumFileSize + 1) else {
                return .success(load(input, bytes: []))
            }
            data = read
        } catch {
            return .failure(Notice(path: input.path, message: "cannot read the file (\(error.localizedDescription)); skipped"))
        }
        if data.count > maximumFileSize {
            return .failure(Notice(path: input.path,
                                   message: "larger than the \(maximumFileSize / 1_048_576) MB limit; skipped"))
        }
        let bytes = [UInt8](data)
        if DocumentReader.looksBinary(bytes) {
            return .failure(Notice(path: input.path, message: "binary file (NUL bytes); skipped"))
        }
        return .success(load(input, bytes: bytes))
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
