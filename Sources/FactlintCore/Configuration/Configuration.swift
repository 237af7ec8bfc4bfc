/// What a `.factlint.yml` file says. Every key is optional; unknown keys are errors.
///
/// ```yaml
/// reference-date: 2025-09-11      # the date relative dates in these articles resolve against
/// rules:                          # per rule: off, error, warning or info
///   count-divergence: off
/// rules-folders: [house-rules]    # extra rule folders, relative to this file
/// include: ["**/*.md"]            # only these files (globs relative to this file)
/// exclude: ["drafts/**"]
/// house-spellings: [Tatsiana Zhurauskaya]       # preferred spellings of names
/// formats: [text, "junit:factlint.xml"]         # used when --format is not given
/// strict: false                   # warnings fail the run
/// ```
public struct Configuration: Sendable, Equatable {
    /// The file it was read from.
    public var path: String?
    /// The folder holding the file; relative paths in it are relative to this.
    public var folder: String
    public var referenceDate: DatePoint?
    /// Rule id → level, or nil for off.
    public var ruleLevels: [String: Level?] = [:]
    /// Where each rule id is written under `rules:` (1-based line and column), for errors.
    public var rulePositions: [String: Position] = [:]
    public var rulesFolders: [String] = []
    public var include: [String] = []
    public var exclude: [String] = []
    public var houseSpellings: [String] = []
    public var formats: [String] = []
    public var strict: Bool?

    /// A place in the configuration file: 1-based line and column (Unicode scalars).
    public struct Position: Sendable, Equatable {
        /// 1-based line.
        public var line: Int
        /// 1-based column, in Unicode scalars.
        public var column: Int

        /// A position from YAML marks.
        public init(line: Int, column: Int) {
            self.line = line
            self.column = column
        }
    }

    public init(path: String? = nil, folder: String = ".") {
        self.path = path
        self.folder = folder
    }

    /// The keys a configuration file may hold.
    public static let keys = ["reference-date", "rules", "rules-folders", "include", "exclude", "house-spellings",
                              "formats", "strict"]

    /// House spellings as resolution wants them: lower-cased spelling → spelling.
    public var houseSpellingMap: [String: String] {
        Dictionary(houseSpellings.map { ($0.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Applies rule levels and switches to a pack's rules.
    public func apply(to pack: inout RulePack) throws(InputError) {
        let known = Set(pack.rules.map(\.id))
        for id in ruleLevels.keys.sorted() where !known.contains(id) {
            let position = rulePositions[id]
            throw InputError(path: path, line: position?.line, column: position?.column,
                             "unknown rule '\(id)' under 'rules:'; run `factlint rules` to list them")
        }
        for index in pack.rules.indices {
            guard let setting = ruleLevels[pack.rules[index].id] else { continue }
            if let level = setting {
                pack.rules[index].level = level
            } else {
                pack.rules[index].enabled = false
            }
        }
    }

    /// Whether a file path passes the include and exclude globs, which are relative to the
    /// configuration's folder (also when that folder lies above the working directory).
    public func admits(_ filePath: String) -> Bool {
        guard !include.isEmpty || !exclude.isEmpty else { return true }
        let relative = Glob.relative(Configuration.absolute(filePath), to: Configuration.absolute(folder))
        if !include.isEmpty, !include.contains(where: { Glob.matches($0, relative) }) { return false }
        return !exclude.contains { Glob.matches($0, relative) }
    }

    /// A path made absolute against the working directory, `.` and `..` resolved.
    static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }
}

import Foundation
