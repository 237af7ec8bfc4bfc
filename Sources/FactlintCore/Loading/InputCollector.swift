import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns the paths a user named into the article files to read, in a stable order: folders are
/// walked recursively (hidden entries skipped, symlink loops cut), and only files with a known
/// extension are kept from folders. A file named explicitly is read whatever its extension.
public struct InputCollector {
    /// One file to read, and which story it belongs to (with `--stories`).
    public struct Input: Sendable, Hashable {
        /// The path as it will be reported (joined from what the user typed).
        public var path: String
        public var format: Document.Format
        /// The story (immediate subfolder of an archive) this file belongs to; "" for a single story.
        public var story: String

        public init(path: String, format: Document.Format, story: String = "") {
            self.path = path
            self.format = format
            self.story = story
        }
    }

    /// File extensions read from folders, and the format each is read as.
    public static let formats: [String: Document.Format] = [
        "txt": .text, "text": .text, "md": .markdown, "markdown": .markdown, "html": .html, "htm": .html,
    ]

    public init() {}

    /// The files under `paths`, sorted by path. Missing, unreadable and special paths named
    /// explicitly are errors; inside folders such entries are skipped with a notice, as are
    /// second links to a file already listed. A folder with no article in it gets a notice.
    public func collect(_ paths: [String], stories: Bool = false) throws(InputError) -> (inputs: [Input], notices: [Notice]) {
        var inputs: [Input] = []
        var notices: [Notice] = []
        // Each input's file identity, in step with `inputs`.
        var identities: [FileIdentity] = []
        for path in paths {
            var info = stat()
            guard stat(path, &info) == 0 else {
                throw InputError(path: path, "no such file or folder (\(String(cString: strerror(errno))))")
            }
            guard access(path, R_OK) == 0 else {
                throw InputError(path: path, "cannot read it (\(String(cString: strerror(errno)))); check its permissions")
            }
            let before = inputs.count
            if isDirectory(info) {
                var visited = Set<FileIdentity>()
                if stories {
                    visited.insert(FileIdentity(info))
                    guard let entries = try? FileManager.default.contentsOfDirectory(atPath: path) else {
                        throw InputError(path: path, "cannot read the folder's entries; check its permissions")
                    }
                    for entry in entries.sorted(by: { $0.utf8Precedes($1) }) where !entry.hasPrefix(".") {
                        let child = join(path, entry)
                        var childInfo = stat()
                        guard stat(child, &childInfo) == 0 else {
                            notices.append(Notice(path: child, message: unreadable(entry)))
                            continue
                        }
                        if isDirectory(childInfo) {
                            walk(child, story: child, into: &inputs, notices: &notices, visited: &visited, identities: &identities)
                        } else {
                            add(child, entry: entry, info: childInfo, story: child, into: &inputs, notices: &notices, identities: &identities)
                        }
                    }
                } else {
                    walk(path, story: "", into: &inputs, notices: &notices, visited: &visited, identities: &identities)
                }
                if inputs.count == before {
                    notices.append(Notice(path: path, message: "no articles (.txt, .md or .html files) in this folder; nothing to read"))
                }
            } else if isRegular(info) {
                inputs.append(Input(path: path, format: format(of: path) ?? .text, story: stories ? path : ""))
                identities.append(FileIdentity(info))
            } else {
                throw InputError(path: path, "\(describeKind(info.st_mode)), not a regular file or folder; name an article file or a folder")
            }
        }
        // Sorted by path, and of a path named twice the first kept: equal paths end up side by
        // side, so they are told by comparing neighbours, not by hashing every path of an archive.
        let order = inputs.indices.sorted { a, b in
            let (first, second) = (inputs[a].path, inputs[b].path)
            return first == second ? a < b : first.utf8Precedes(second)
        }
        // A file reached by two paths (a symbolic or hard link) is one article, read once: under
        // its first path in sorted order.
        var firstPath: [FileIdentity: String] = [:]
        firstPath.reserveCapacity(order.count)
        var kept: [Input] = []
        kept.reserveCapacity(order.count)
        var previous: String?
        for index in order where inputs[index].path != previous {
            let input = inputs[index]
            previous = input.path
            if let first = firstPath[identities[index]] {
                notices.append(Notice(path: input.path, message: "the same file as \(first) (a link); skipped"))
                continue
            }
            firstPath[identities[index]] = input.path
            kept.append(input)
        }
        inputs = kept
        return (inputs, notices.sorted())
    }

    private func walk(_ folder: String, story: String, into inputs: inout [Input], notices: inout [Notice],
                      visited: inout Set<FileIdentity>, identities: inout [FileIdentity]) {
        var info = stat()
        guard stat(folder, &info) == 0 else { return }
        guard visited.insert(FileIdentity(info)).inserted else {
            notices.append(Notice(path: folder, message: "folder already visited (a symlink loop?); skipped"))
            return
        }
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            notices.append(Notice(path: folder, message: "cannot read folder; skipped"))
            return
        }
        for entry in entries.sorted(by: { $0.utf8Precedes($1) }) where !entry.hasPrefix(".") {
            let child = join(folder, entry)
            var childInfo = stat()
            guard stat(child, &childInfo) == 0 else {
                notices.append(Notice(path: child, message: unreadable(entry)))
                continue
            }
            if isDirectory(childInfo) {
                walk(child, story: story, into: &inputs, notices: &notices, visited: &visited, identities: &identities)
            } else {
                add(child, entry: entry, info: childInfo, story: story, into: &inputs, notices: &notices, identities: &identities)
            }
        }
    }

    /// A folder entry that is not a folder: kept when it is a regular file with an article
    /// extension; a device, FIFO or socket with such a name is skipped with a notice.
    private func add(_ child: String, entry: String, info: stat, story: String, into inputs: inout [Input],
                     notices: inout [Notice], identities: inout [FileIdentity]) {
        guard let format = format(of: entry) else { return }
        guard isRegular(info) else {
            notices.append(Notice(path: child, message: "\(describeKind(info.st_mode)), not a regular file; skipped"))
            return
        }
        inputs.append(Input(path: child, format: format, story: story))
        identities.append(FileIdentity(info))
    }

    /// Why a folder entry could not be looked at (just after stat(2) failed). A name that is not
    /// UTF-8 reaches Swift with U+FFFD in it and names no file, so it is said plainly.
    private func unreadable(_ entry: String) -> String {
        if entry.unicodeScalars.contains("\u{FFFD}") {
            return "the file name is not UTF-8 (shown with U+FFFD); rename the file to have it read; skipped"
        }
        return "cannot read (\(String(cString: strerror(errno)))); skipped"
    }

    private func format(of name: String) -> Document.Format? {
        guard let dot = name.lastIndex(of: ".") else { return nil }
        return InputCollector.formats[name[name.index(after: dot)...].lowercased()]
    }

    private func join(_ folder: String, _ entry: String) -> String {
        if folder == "." || folder == "./" { return entry }
        return folder.hasSuffix("/") ? folder + entry : folder + "/" + entry
    }

    private func isDirectory(_ info: stat) -> Bool { (info.st_mode & S_IFMT) == S_IFDIR }
    private func isRegular(_ info: stat) -> Bool { (info.st_mode & S_IFMT) == S_IFREG }
}

/// A file or folder as the file system knows it (device and inode), whatever path reached it.
private struct FileIdentity: Hashable {
    var device: UInt64
    var inode: UInt64

    init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}
