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
            .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// A file's text, which must be UTF-8.
    func text(_ path: String) throws(InputError) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(path: path, "cannot read the file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw InputError(path: path, "the file is not UTF-8 text")
        }
        return text
    }
}
