import Foundation

/// The articles a pre-publish check is about (`--changed FILE…`, `--changed-since REV`): the
/// whole story is still read as evidence, but only findings with a place in one of these
/// articles are reported, and only the checks that read one of them.
///
/// Paths are compared as absolute, standardised paths, so `seeds/a.txt`, `./seeds/a.txt` and
/// `/home/me/seeds/a.txt` name the same article; a folder names every article under it.
public struct Focus: Sendable, Equatable {
    /// The named articles and folders, absolute and standardised.
    public private(set) var paths: Set<String>

    /// A focus on `paths`, relative ones taken from `directory` (the working directory).
    public init(_ paths: [String], relativeTo directory: String = FileManager.default.currentDirectoryPath) {
        self.paths = Set(paths.map { Focus.absolute($0, in: directory) })
        self.directory = directory
    }

    private let directory: String

    /// Whether a file (as a span names it) is one of the focused articles or under a focused folder.
    public func contains(_ path: String) -> Bool {
        var candidate = Focus.absolute(path, in: directory)
        if paths.contains(candidate) { return true }
        while let slash = candidate.lastIndex(of: "/"), slash != candidate.startIndex {
            candidate = String(candidate[..<slash])
            if paths.contains(candidate) { return true }
        }
        return false
    }

    /// Whether any place of the finding is in a focused article.
    public func touches(_ finding: Finding) -> Bool {
        finding.locations.contains { contains($0.span.path) }
    }

    /// The result with only the findings that have a place in a focused article and the checks
    /// that read one; documents and claims stay (they were the evidence).
    public func apply(to result: LintResult) -> LintResult {
        var focused = result
        focused.findings = result.findings.filter(touches)
        let read = result.checks.filter { check in check.locations.contains { contains($0.span.path) } }
        // A check of the focused article whose findings are all elsewhere passes for it.
        focused.checks = LintResult.recheck(read, keeping: focused.findings)
        return focused
    }

    /// `path` as an absolute path without `.`, `..` or doubled slashes.
    static func absolute(_ path: String, in directory: String) -> String {
        let joined = path.hasPrefix("/") ? path : directory + "/" + path
        var parts: [Substring] = []
        for part in joined.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(part)
            }
        }
        return "/" + parts.joined(separator: "/")
    }
}
