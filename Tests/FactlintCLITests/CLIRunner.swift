import Foundation

/// Runs the built `factlint` binary, as a user would.
enum CLI {
    /// The repository root.
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `factlint` executable built beside the test bundle.
    static let executable: URL = {
        var candidates: [URL] = []
        if let arg0 = CommandLine.arguments.first {
            var folder = URL(fileURLWithPath: arg0).deletingLastPathComponent()
            for _ in 0..<4 {
                candidates.append(folder.appendingPathComponent("factlint"))
                folder = folder.deletingLastPathComponent()
            }
        }
        candidates.append(Bundle.main.bundleURL.appendingPathComponent("factlint"))
        candidates.append(repository.appendingPathComponent(".build/debug/factlint"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) && !$0.hasDirectoryPath }
            ?? repository.appendingPathComponent(".build/debug/factlint")
    }()

    /// What a run printed and how it ended.
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs factlint with `arguments` in `directory` (the repository by default).
    @discardableResult
    static func run(_ arguments: [String], in directory: URL = repository, environment: [String: String] = [:],
                    unprivileged: Bool = false) throws -> Run {
        let process = Process()
        if unprivileged, isRoot {
            // As root file permissions do not apply: run as nobody, as an editor would run it.
            process.executableURL = URL(fileURLWithPath: setpriv)
            process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", "--", executable.path] + arguments
        } else {
            process.executableURL = executable
            process.arguments = arguments
        }
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                   stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// A fresh temporary folder holding the given files.
    static func folder(_ files: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("factlint-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return folder
    }

    /// A fresh temporary folder holding files given as bytes (for encodings and binary data).
    static func folder(bytes files: [String: [UInt8]]) throws -> URL {
        let folder = try folder([:])
        for (name, bytes) in files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        return folder
    }

    /// Whether the tests run as root, for whom file permissions do not apply.
    static var isRoot: Bool { geteuid() == 0 }

    /// util-linux's setpriv, which runs a command as another user.
    static let setpriv = "/usr/bin/setpriv"

    /// Whether a run can be made without root's privileges: not root, or root with setpriv.
    static var canRunUnprivileged: Bool { !isRoot || FileManager.default.isExecutableFile(atPath: setpriv) }
}
