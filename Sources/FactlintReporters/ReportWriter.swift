import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes report files so that nothing is lost: each report goes to a new temporary file beside
/// its target (created exclusively, written in full and flushed to disk), and only when every
/// report of the run has been written are they renamed over their targets with rename(2),
/// which replaces a file in one step. A run that fails leaves every old report untouched and a
/// reader never sees half a file.
public enum ReportWriter {
    /// One file to write: where, and its text.
    public struct File: Sendable {
        /// Where the file goes, as the user named it.
        public var path: String
        /// Its whole text.
        public var text: String

        /// A file to write.
        public init(path: String, text: String) {
            self.path = path
            self.text = text
        }
    }

    /// Why a report could not be written, in words that say what to do.
    public struct Failure: LocalizedError, Sendable {
        /// The file that could not be written.
        public var path: String
        /// What went wrong and what to do.
        public var reason: String
        /// The reason, as Foundation shows errors.
        public var errorDescription: String? { reason }
    }

    /// Writes `text` to `path` atomically.
    public static func write(_ text: String, to path: String) throws(Failure) {
        try write([File(path: path, text: text)])
    }

    /// Writes every file, or none: when one cannot be written, no target is touched.
    public static func write(_ files: [File]) throws(Failure) {
        var staged: [(temporary: String, target: String)] = []
        for file in files {
            do {
                staged.append((try stage(file), file.path))
            } catch {
                for (temporary, _) in staged { unlink(temporary) }
                throw error
            }
        }
        for (index, (temporary, target)) in staged.enumerated() where rename(temporary, target) != 0 {
            let reason = String(cString: strerror(errno))
            for (left, _) in staged[index...] { unlink(left) }
            let replaced = staged[..<index].map(\.target)
            throw Failure(path: target, reason: reason + (replaced.isEmpty ? "" : " (already replaced: \(replaced.joined(separator: ", ")))"))
        }
        for folder in Set(staged.map { folderPath(of: $0.target) }) { syncFolder(folder) }
    }

    /// Writes a file's text to a new temporary file beside its target; its path.
    private static func stage(_ file: File) throws(Failure) -> String {
        let folder = folderPath(of: file.path)
        var info = stat()
        guard stat(folder, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else {
            throw Failure(path: file.path, reason: "the folder \(folder) does not exist; create it first")
        }
        var mode = mode_t(0o666) & ~currentUmask()
        if stat(file.path, &info) == 0 {
            guard (info.st_mode & S_IFMT) == S_IFREG else {
                throw Failure(path: file.path, reason: "\(file.path) exists and is not a regular file")
            }
            mode = info.st_mode & 0o777
        }
        let name = file.path.split(separator: "/").last.map(String.init) ?? file.path
        var template = Array("\(folder)/.\(name).factlint-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else {
            throw Failure(path: file.path, reason: "cannot create a file in \(folder) (\(String(cString: strerror(errno))))")
        }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var failure: String?
        let bytes = Array(file.text.utf8)
        var written = 0
        while written < bytes.count, failure == nil {
            let count = bytes[written...].withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno != EINTR { failure = String(cString: strerror(errno)) }
            } else {
                written += count
            }
        }
        if failure == nil, fchmod(fd, mode) != 0 { failure = String(cString: strerror(errno)) }
        if failure == nil, fsync(fd) != 0 { failure = String(cString: strerror(errno)) }
        if close(fd) != 0, failure == nil { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            throw Failure(path: file.path, reason: failure)
        }
        return temporary
    }

    /// The folder part of a path ("." for a bare name).
    private static func folderPath(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let folder = String(path[..<slash])
        return folder.isEmpty ? "/" : folder
    }

    /// Flushes a folder's entries, so the renames survive a crash.
    private static func syncFolder(_ folder: String) {
        let fd = open(folder, O_RDONLY)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }

    /// The process's file-creation mask.
    private static func currentUmask() -> mode_t {
        let mask = umask(0)
        umask(mask)
        return mask
    }
}
