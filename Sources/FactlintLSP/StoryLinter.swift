import FactlintCore
import Foundation

/// Lints one story — the articles of one folder — again and again as the editor changes
/// them: open articles are read from the editor's buffers, the others from disk, and only an
/// article whose bytes changed since the last lint is analysed again. Resolution and the rules
/// then run over the whole story. Not thread-safe: the server calls it from one queue.
final class StoryLinter {
    /// An article as last analysed.
    private struct Article {
        var bytes: [UInt8]
        var lines: TextLines
        var analysis: Pipeline.DocumentAnalysis
    }

    /// The story's folder (absolute).
    let folder: String
    /// The run set up for the story (its configuration and rules), or the problem that stopped it.
    private let prepared: Result<PreparedRun, InputError>
    private var articles: [String: Article] = [:]

    /// The largest article read, in bytes (as the command line's limit).
    private static let maximumBytes = Limits.standard.fileBytes

    init(folder: String, settings: EditorSettings) {
        self.folder = folder
        prepared = Result { () throws(InputError) -> PreparedRun in
            let file = try ConfigurationLoader.find(explicit: nil, paths: [folder])
            let configuration = try settings.configuration(over: file)
            var prepared = try PreparedRun.prepare(RunRequest(paths: [folder], threads: 1),
                                                   referenceDate: configuration.referenceDate, configuration: configuration)
            prepared.pipeline.settings.keepsClaims = true
            return prepared
        }
    }

    /// The story linted with `buffers` (absolute path → UTF-8 text) standing in for files on disk.
    func lint(buffers: [String: [UInt8]]) -> StorySnapshot {
        let prepared: PreparedRun
        switch self.prepared {
        case .failure(let problem):
            return StorySnapshot(folder: folder, result: LintResult(documents: [], findings: [], checks: [], claims: [], rules: []),
                                 lines: [:], problem: problem)
        case .success(let run): prepared = run
        }
        var paths = Set(buffers.keys.filter { ($0 as NSString).deletingLastPathComponent == folder })
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where !name.hasPrefix(".") {
            let ext = (name as NSString).pathExtension.lowercased()
            if InputCollector.formats[ext] != nil { paths.insert(folder + "/" + name) }
        }
        var kept: [String: Article] = [:]
        for path in paths.sorted() where prepared.configuration.admits(path) {
            guard let bytes = buffers[path] ?? StoryLinter.read(path) else { continue }
            if let article = articles[path], article.bytes == bytes {
                kept[path] = article
                continue
            }
            let ext = (path as NSString).pathExtension.lowercased()
            let input = InputCollector.Input(path: path, format: InputCollector.formats[ext] ?? .text)
            let document = DocumentReader().load(input, bytes: bytes)
            let analysis = prepared.pipeline.analyze(document)
            kept[path] = Article(bytes: bytes, lines: TextLines(document.source), analysis: analysis)
        }
        articles = kept
        let analyses = kept.keys.sorted().compactMap { kept[$0]?.analysis }
        let result = prepared.pipeline.lint(analyses, notices: [])
        return StorySnapshot(folder: folder, result: result, lines: kept.mapValues(\.lines))
    }

    /// A closed article's bytes from disk, or nil for a file too large, unreadable or binary.
    private static func read(_ path: String) -> [UInt8]? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              attributes[.type] as? FileAttributeType == .typeRegular,
              let size = attributes[.size] as? Int, size <= maximumBytes,
              let data = FileManager.default.contents(atPath: path) else { return nil }
        let bytes = [UInt8](data)
        return bytes.prefix(8192).contains(0) ? nil : bytes
    }
}
