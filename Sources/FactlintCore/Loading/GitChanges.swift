import Foundation

/// The articles changed since a git revision (`--changed-since REV`): the files
/// `git diff --name-only REV` lists that still exist, relative to the working directory when
/// they are under it (so reports name them as a user would), absolute otherwise.
public enum GitChanges {
    /// The changed files that exist (deleted ones have nothing to lint), sorted.
    /// Throws an `InputError` naming the revision when git fails or is missing.
    public static func files(since revision: String,
                             in directory: String = FileManager.default.currentDirectoryPath) throws(InputError) -> [String] {
        guard !revision.hasPrefix("-") else {
            throw InputError("--changed-since takes a revision (a branch, tag or commit), not '\(revision)'")
        }
        let root = try git(["rev-parse", "--show-toplevel"], in: directory, revision: revision)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let listed = try git(["diff", "--name-only", "--no-renames", revision, "--"], in: directory, revision: revision)
        let here = Focus.absolute(directory, in: "/") + "/"
        return listed.split(whereSeparator: \.isNewline)
            .map { root + "/" + $0 }
            .filter { FileManager.default.fileExists(atPath: $0) }
            .map { $0.hasPrefix(here) ? String($0.dropFirst(here.count)) : $0 }
            .sorted()
    }

    /// Runs git and returns its standard output; a failure becomes an `InputError` with git's message.
    private static func git(_ arguments: [String], in directory: String, revision: String) throws(InputError) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "core.quotepath=off"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do { try process.run() } catch {
            throw InputError("--changed-since \(revision): cannot run git (\(error.localizedDescription)); install git or name the files with --changed")
        }
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let message = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let reason = String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw InputError("--changed-since \(revision): git failed: \(reason.isEmpty ? "exit code \(process.terminationStatus)" : reason)")
        }
        return String(decoding: output, as: UTF8.self)
    }
}
