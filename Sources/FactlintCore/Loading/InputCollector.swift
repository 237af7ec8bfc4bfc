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

    /// The files under `paths`, sorted by path. Missing paths are errors; unreadable entries
    /// inside folders are skipped with a notice.
    public func collect(_ paths: [String], stories: Bool = false) throws(InputError) -> (inputs: [Input], notices: [Notice]) {
        var inputs: [Input] = []
        var notices: [Notice] = []
        for path in paths {
            var info = stat()
            guard stat(path, &info) == 0 else {
                throw InputError(path: path, "no such file or folder (\(String(cString: strerror(errno))))")
            }
            if isDirectory(info) {
                var visited = Set<[UInt64]>()
                if stories {
                    let entries = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                    for entry in entries.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) where !entry.hasPrefix(".") {
                        let child = join(path, entry)
                        var childInfo = stat()
                        guard stat(child, &childInfo) == 0 else { continue }
                        if isDirectory(childInfo) {
                            walk(child, story: child, into: &inputs, notices: &notices, visited: &visited)
                        } else if let format = format(of: entry) {
                            inputs.append(Input(path: child, format: format, story: child))
                        }
                    }
                } else {
                    walk(path, story: "", into: &inputs, notices: &notices, visited: &visited)
                }
            } else if isRegular(info) {
                inputs.append(Input(path: path, format: format(of: path) ?? .text, story: stories ? path : ""))
            } else {
                throw InputError(path: path, "not a regular file or folder (a device, FIFO or socket); name an article file or a folder")
            }
        }
        var seen = Set<String>()
        inputs = inputs.filter { seen.insert($0.path).inserted }
        inputs.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        return (inputs, notices.sorted())
    }

    private func walk(_ folder: String, story: String, into inputs: inout [Input], notices: inout [Notice],
                      visited: inout Set<[UInt64]>) {
        var info = stat()
        guard stat(folder, &info) == 0 else { return }
        let identity = [UInt64(info.st_dev), UInt64(info.st_ino)]
        guard visited.insert(identity).inserted else {
            notices.append(Notice(path: folder, message: "folder already visited (a symlink loop?); skipped"))
            return
        }
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            notices.append(Notice(path: folder, message: "cannot read folder; skipped"))
            return
        }
        for entry in entries.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) where !entry.hasPrefix(".") {
            let child = join(folder, entry)
            var childInfo = stat()
            guard stat(child, &childInfo) == 0 else {
                notices.append(Notice(path: child, message: "cannot read (\(String(cString: strerror(errno)))); skipped"))
                continue
            }
            if isDirectory(childInfo) {
                walk(child, story: story, into: &inputs, notices: &notices, visited: &visited)
            } else if isRegular(childInfo), let format = format(of: entry) {
                inputs.append(Input(path: child, format: format, story: story))
            }
        }
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
