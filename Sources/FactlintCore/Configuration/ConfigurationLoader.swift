import Foundation
import Yams

/// Reads `.factlint.yml` files and finds the one that applies: the file named with `--config`,
/// else the nearest `.factlint.yml` in the linted folder or above it, else in the working
/// directory or above it.
public enum ConfigurationLoader {
    /// The configuration file name.
    public static let fileName = ".factlint.yml"

    /// Parses a configuration file's text.
    public static func parse(path: String, text: String) throws(InputError) -> Configuration {
        let yaml = try YAMLSource(path: path, text: text)
        let root = try yaml.rootMapping()
        try yaml.requireKnownKeys(root, Configuration.keys, in: "the configuration")
        var configuration = Configuration(path: path, folder: folder(of: path))
        for (key, _, value) in try yaml.entries(root) {
            switch key {
            case "reference-date":
                let text = try yaml.string(value, "reference-date")
                guard let date = DateParsing.day(fromISO: text), text.count == 10 else {
                    throw yaml.error(value, "reference-date must be a date written YYYY-MM-DD, not '\(text)'")
                }
                configuration.referenceDate = date
            case "rules":
                for (id, idNode, setting) in try yaml.entries(try yaml.mapping(value, "rules")) {
                    if let mark = idNode.mark {
                        configuration.rulePositions[id] = Configuration.Position(line: mark.line, column: mark.column)
                    }
                    let name = try yaml.string(setting, "the setting of rule '\(id)'").lowercased()
                    if ["off", "false", "no", "disabled"].contains(name) {
                        configuration.ruleLevels[id] = .some(nil)
                    } else if let level = Level(rawValue: name) {
                        configuration.ruleLevels[id] = .some(level)
                    } else if ["on", "true", "yes", "enabled"].contains(name) {
                        continue
                    } else {
                        throw yaml.error(setting, "rule '\(id)' must be off, error, warning or info, not '\(name)'")
                    }
                }
            case "rules-folders": configuration.rulesFolders = try yaml.strings(value, "rules-folders")
            case "include": configuration.include = try yaml.strings(value, "include")
            case "exclude": configuration.exclude = try yaml.strings(value, "exclude")
            case "house-spellings": configuration.houseSpellings = try yaml.strings(value, "house-spellings")
            case "formats": configuration.formats = try yaml.strings(value, "formats")
            case "strict": configuration.strict = try yaml.bool(value, "strict")
            default: break
            }
        }
        return configuration
    }

    /// Reads a configuration file.
    public static func load(_ path: String) throws(InputError) -> Configuration {
        try parse(path: path, text: try FileManagerAccess().text(path))
    }

    /// The configuration for a run: `explicit` if given, else the nearest file above the first
    /// path, else above the working directory; an empty configuration when there is none.
    public static func find(explicit: String?, paths: [String]) throws(InputError) -> Configuration {
        if let explicit {
            // The usual way to say "no configuration file".
            if explicit == "/dev/null" { return Configuration() }
            guard FileManagerAccess().exists(explicit) else { throw InputError(path: explicit, "configuration file not found") }
            return try load(explicit)
        }
        let starts = (paths.first.map { [startFolder(of: $0)] } ?? []) + [FileManager.default.currentDirectoryPath]
        for start in starts {
            if let found = nearest(from: start) { return try load(found) }
        }
        return Configuration()
    }

    /// The nearest `.factlint.yml` in `folder` or above.
    public static func nearest(from folder: String) -> String? {
        var current = URL(fileURLWithPath: folder).standardizedFileURL
        for _ in 0..<64 {
            let candidate = current.appendingPathComponent(fileName).path
            if FileManagerAccess().exists(candidate) { return display(candidate) }
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path { return nil }
            current = parent
        }
        return nil
    }

    /// A lookup of the reference date configured for each document: the nearest configuration
    /// above the document's folder that sets `reference-date`. Files are read once per folder.
    public static func referenceDates() -> @Sendable (String) -> DatePoint? {
        let cache = FolderCache()
        return { path in
            cache.referenceDate(forFolder: folder(of: path))
        }
    }

    /// The folder part of a path as written ("seeds/a.txt" → "seeds", "a.txt" → ".").
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let folder = String(path[..<slash])
        return folder.isEmpty ? "/" : folder
    }

    private static func startFolder(of path: String) -> String {
        FileManagerAccess().isDirectory(path) ? path : folder(of: path)
    }

    /// A path relative to the working directory when it lies below it.
    private static func display(_ absolute: String) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        if absolute.hasPrefix(cwd + "/") { return String(absolute.dropFirst(cwd.count + 1)) }
        return absolute
    }
}

/// Reference dates found by folder, shared by worker threads. A folder's answer is its own
/// configuration's date, else its parent's answer: every folder on the way up is remembered,
/// so an archive of many story folders reads (and walks) their common parents once.
private final class FolderCache: @unchecked Sendable {
    private var dates: [String: DatePoint?] = [:]
    private let lock = NSLock()

    func referenceDate(forFolder folder: String) -> DatePoint? {
        if let known = remembered(folder) { return known }
        let result = referenceDate(at: URL(fileURLWithPath: folder).standardizedFileURL, depth: 0)
        remember(folder, result)
        return result
    }

    /// The date for a standardised folder: its configuration's, else its parent's (at most 64
    /// folders up).
    private func referenceDate(at folder: URL, depth: Int) -> DatePoint? {
        let path = folder.path
        if let known = remembered(path) { return known }
        let candidate = folder.appendingPathComponent(ConfigurationLoader.fileName).path
        var result: DatePoint?
        if FileManagerAccess().exists(candidate), let configuration = try? ConfigurationLoader.load(candidate),
           let date = configuration.referenceDate {
            result = date
        } else if depth < 63 {
            let parent = folder.deletingLastPathComponent()
            if parent.path != path { result = referenceDate(at: parent, depth: depth + 1) }
        }
        remember(path, result)
        return result
    }

    /// The answer already found for a folder (`.some(nil)`: none configured), or nil.
    private func remembered(_ folder: String) -> DatePoint?? {
        lock.withLock { dates[folder] }
    }

    private func remember(_ folder: String, _ date: DatePoint?) {
        lock.withLock { dates[folder] = date }
    }
}
