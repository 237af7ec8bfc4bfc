import Foundation

/// Writes report files so that nothing is lost: the report goes to a temporary file beside
/// the target and is renamed over it, so a failed run leaves the old report untouched.
public enum ReportWriter {
    /// Writes `text` to `path` atomically.
    public static func write(_ text: String, to path: String) throws {
        let target = URL(fileURLWithPath: path)
        let folder = target.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).factlint-\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try Data(text.utf8).write(to: temporary, options: [])
            if FileManager.default.fileExists(atPath: target.path) {
                _ = try FileManager.default.replaceItemAt(target, withItemAt: temporary)
            } else {
                try FileManager.default.moveItem(at: temporary, to: target)
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }
}
