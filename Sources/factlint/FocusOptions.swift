import ArgumentParser
import FactlintCore
import Foundation

/// `--changed FILE…` and `--changed-since REV`: report only what the named articles bring.
struct FocusOptions: ParsableArguments {
    @Option(name: .customLong("changed"), parsing: .upToNextOption, help: ArgumentHelp(
        "Report only findings with a place in these articles (the rest of the story is still read). Without PATH, their folders are linted.",
        valueName: "file"))
    var changed: [String] = []

    @Option(name: .customLong("changed-since"), help: ArgumentHelp(
        "Like --changed, with the files 'git diff --name-only REV' lists (e.g. origin/main).",
        valueName: "rev"))
    var changedSince: String?

    /// Whether a focus was asked for.
    var isActive: Bool { !changed.isEmpty || changedSince != nil }

    /// The focused files: those named, and those git lists as changed.
    func files() throws(InputError) -> [String] {
        var files = changed
        if let changedSince { files += try GitChanges.files(since: changedSince) }
        return files
    }

    /// The paths to lint: those given, else the folders of the focused articles (a story is a folder).
    static func paths(given: [String], focused: [String]) -> [String] {
        guard given.isEmpty else { return given }
        var folders: [String] = []
        for file in focused {
            let url = URL(fileURLWithPath: file)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: file, isDirectory: &isFolder) else { continue }
            if isFolder.boolValue {
                folders.append(file)
                continue
            }
            guard InputCollector.formats[url.pathExtension.lowercased()] != nil else { continue }
            let folder = (file as NSString).deletingLastPathComponent
            folders.append(folder.isEmpty ? "." : folder)
        }
        var seen = Set<String>()
        return folders.filter { seen.insert($0).inserted }
    }
}
