import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes report files so that nothing is lost: the report goes to a temporary file beside
/// the target and is renamed over it with rename(2), which replaces the old report in one
/// step, so a failed run leaves the old report untouched and a reader never sees half a file.
public enum ReportWriter {
    /// Why a report could not be written, in words that say what to do.
    public struct Failure: LocalizedError, Sendable {
        /// What went wrong and what to do.
        public var reason: String
        /// The reason, as Foundation shows errors.
        public var errorDescription: String? { reason }
    }

    /// Writes `text` to `path` atomically.
    public static func write(_ text: String, to path: String) throws {
        let target = URL(fileURLWithPath: path)
        let folder = target.deletingLastPathComponent()
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw Failure(reason: "the folder \(folder.path) does not exist; create it first")
        }
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).factlint-\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try Data(text.utf8).write(to: temporary, options: [])
            guard rename(temporary.path, target.path) == 0 else {
                throw Failure(reason: String(cString: strerror(errno)))
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }
}
