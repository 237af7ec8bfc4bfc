import FactlintCore
import Foundation

/// factlint's language server: keeps the editor's open articles, lints each one's story (its
/// folder) a moment after the last change, publishes the findings as diagnostics, and answers
/// hover and code-action requests. Transport-free: `receive` takes message bodies, `send`
/// writes them, so tests drive it in memory and `StdioTransport` connects it to an editor.
///
/// Messages are handled in order on one queue; lints run on another, each on a snapshot of
/// the buffers, and a lint whose story changed while it ran is dropped, not published.
public final class LanguageServer: @unchecked Sendable {
    /// An article the editor has open.
    private struct OpenDocument {
        var uri: String
        var text: [UInt8]
        var version: Int?
    }

    /// Writes one message body (JSON) to the client.
    public typealias Send = @Sendable (Data) -> Void

    private let send: Send
    private let exit: @Sendable (Int32) -> Void
    private let debounce: DispatchTimeInterval
    private let version: String
    private let work = DispatchQueue(label: "factlint.lsp.messages")
    private let lintQueue = DispatchQueue(label: "factlint.lsp.lint")

    // State of the message queue.
    private var initialized = false
    private var shutdownRequested = false
    private var open: [String: OpenDocument] = [:]
    private var settings = EditorSettings()
    private var settingsVersion = 0
    private var generations: [String: Int] = [:]
    private var snapshots: [String: (generation: Int, snapshot: StorySnapshot)] = [:]
    private var reportedProblems: [String: String] = [:]
    /// Lints scheduled and not yet published or dropped.
    private var pending = 0

    // State of the lint queue.
    private var linters: [String: (settingsVersion: Int, linter: StoryLinter)] = [:]

    /// A server that answers through `send`, lints `debounce` after the last change, and calls
    /// `exit` with the process's exit code on the `exit` notification.
    public init(version: String, debounce: DispatchTimeInterval = .milliseconds(150), send: @escaping Send,
                exit: @escaping @Sendable (Int32) -> Void) {
        self.version = version
        self.send = send
        self.exit = exit
        self.debounce = debounce
    }

    // MARK: - Input

    /// Handles one message body, in order with the others.
    public func receive(_ body: Data) {
        work.async { self.handle(body) }
    }

    /// Reports a frame the transport could not read (the client gets a parse error).
    public func receiveMalformedFrame(_ reason: String) {
        work.async { self.respond(id: .null, error: .parseError("unreadable frame: \(reason)")) }
    }

    /// The end of the input: exit as the protocol says (0 only after `shutdown`).
    public func receiveEnd() {
        work.async { self.exit(self.shutdownRequested ? 0 : 1) }
    }

    /// Waits until every message received so far is handled and every lint it started has
    /// been published or dropped (tests).
    public func drain() {
        while work.sync(execute: { pending }) > 0 { usleep(2_000) }
    }

    private func handle(_ body: Data) {
        guard let message = JSON.parse(body) else {
            respond(id: .null, error: .parseError("the message is not JSON"))
            return
        }
        guard message.object != nil else {
            respond(id: .null, error: .invalidRequest("a message must be a JSON object (batches are not used by the protocol)"))
            return
        }
        let id = message["id"]
        if let id, id.int == nil, id.string == nil, id != .null {
            respond(id: .null, error: .invalidRequest("'id' must be a number or a string"))
            return
        }
        guard let method = message["method"]?.string else {
            // A response to a request of ours (we send none that need one), or nonsense.
            if message["result"] == nil, message["error"] == nil {
                respond(id: id ?? .null, error: .invalidRequest("a message needs a 'method'"))
            }
            return
        }
        let params = message["params"]
        if let id {
            request(method, id: id, params: params)
        } else {
            notification(method, params: params)
        }
    }

    private func request(_ method: String, id: JSON, params: JSON?) {
        if method != "initialize", !initialized {
            respond(id: id, error: .notInitialized)
            return
        }
        if shutdownRequested, method != "shutdown" {
            respond(id: id, error: .invalidRequest("the server is shutting down"))
            return
        }
        do throws(RPCError) {
            switch method {
            case "initialize": respond(id: id, result: try initialize(params))
            case "shutdown":
                shutdownRequested = true
                respond(id: id, result: .null)
            case "textDocument/hover": respond(id: id, result: try hover(params))
            case "textDocument/codeAction": respond(id: id, result: try codeActions(params))
            default: throw RPCError.methodNotFound(method)
            }
        } catch {
            respond(id: id, error: error)
        }
    }

    private func notification(_ method: String, params: JSON?) {
        if method == "exit" {
            exit(shutdownRequested ? 0 : 1)
            return
        }
        guard initialized, !shutdownRequested else { return }
        do throws(RPCError) {
            switch method {
            case "textDocument/didOpen": try didOpen(params)
            case "textDocument/didChange": try didChange(params)
            case "textDocument/didSave": try didSave(params)
            case "textDocument/didClose": try didClose(params)
            case "workspace/didChangeConfiguration": changeSettings(params?["settings"], origin: "workspace/didChangeConfiguration")
            case "workspace/didChangeWatchedFiles": filesChanged(params)
            default: break  // initialized, $/cancelRequest, $/setTrace and unknown notifications need nothing
            }
        } catch {
            log("\(method): \(error.message)")
        }
    }

    // MARK: - Lifecycle and settings

    private func initialize(_ params: JSON?) throws(RPCError) -> JSON {
        guard !initialized else { throw RPCError.invalidRequest("'initialize' was already sent") }
        initialized = true
        changeSettings(params?["initializationOptions"], origin: "initializationOptions")
        return [
            "capabilities": [
                "positionEncoding": "utf-16",
                "textDocumentSync": ["openClose": true, "change": 1, "save": ["includeText": false]],
                "hoverProvider": true,
                "codeActionProvider": ["codeActionKinds": ["quickfix"]],
            ],
            "serverInfo": ["name": "factlint", "version": .string(version)],
        ]
    }

    /// New editor settings: every story is set up again and linted.
    private func changeSettings(_ json: JSON?, origin: String) {
        do {
            settings = try EditorSettings(json, origin: origin)
        } catch {
            showMessage(error.description, type: 1)
            return
        }
        settingsVersion += 1
        scheduleAll()
    }

    private func filesChanged(_ params: JSON?) {
        let paths = (params?["changes"]?.array ?? []).compactMap { $0["uri"]?.string.flatMap(DocumentURI.path) }
        if paths.contains(where: { $0.hasSuffix(".yml") || $0.hasSuffix(".yaml") }) { settingsVersion += 1 }
        scheduleAll()
    }

    // MARK: - Documents

    private func document(_ params: JSON?) throws(RPCError) -> (uri: String, path: String) {
        guard let uri = params?["textDocument"]?["uri"]?.string else {
            throw RPCError.invalidParams("params.textDocument.uri is missing")
        }
        guard let path = DocumentURI.path(uri) else {
            throw RPCError.invalidParams("'\(uri)' is not a file URI; factlint lints files")
        }
        return (uri, path)
    }

    private func didOpen(_ params: JSON?) throws(RPCError) {
        let (uri, path) = try document(params)
        guard let text = params?["textDocument"]?["text"]?.string else {
            throw RPCError.invalidParams("params.textDocument.text is missing")
        }
        open[path] = OpenDocument(uri: uri, text: Array(text.utf8), version: params?["textDocument"]?["version"]?.int)
        schedule(folder(of: path))
    }

    private func didChange(_ params: JSON?) throws(RPCError) {
        let (_, path) = try document(params)
        guard var document = open[path] else { throw RPCError.invalidParams("'\(path)' was changed but never opened") }
        for change in params?["contentChanges"]?.array ?? [] {
            guard let text = change["text"]?.string else { throw RPCError.invalidParams("a content change without 'text'") }
            if let range = change["range"], let start = TextLines.Position(range["start"]), let end = TextLines.Position(range["end"]) {
                let lines = TextLines(document.text)
                let from = lines.byteOffset(of: start)
                let to = max(from, lines.byteOffset(of: end))
                document.text.replaceSubrange(from..<to, with: Array(text.utf8))
            } else {
                document.text = Array(text.utf8)
            }
        }
        document.version = params?["textDocument"]?["version"]?.int ?? document.version
        open[path] = document
        schedule(folder(of: path))
    }

    private func didSave(_ params: JSON?) throws(RPCError) {
        let (_, path) = try document(params)
        if path.hasSuffix("/" + ConfigurationLoader.fileName) || path.hasSuffix(".yml") {
            settingsVersion += 1
            scheduleAll()
        } else {
            schedule(folder(of: path))
        }
    }

    private func didClose(_ params: JSON?) throws(RPCError) {
        let (uri, path) = try document(params)
        open[path] = nil
        sendNotification("textDocument/publishDiagnostics", ["uri": .string(uri), "diagnostics": []])
        let story = folder(of: path)
        if open.keys.contains(where: { folder(of: $0) == story }) {
            schedule(story)
        } else {
            // Nobody looks at the story any more: forget it, so memory follows the open articles.
            generations[story, default: 0] += 1
            snapshots[story] = nil
            reportedProblems[story] = nil
            lintQueue.async { self.linters[story] = nil }
        }
    }

    private func folder(of path: String) -> String {
        (path as NSString).deletingLastPathComponent
    }

    // MARK: - Linting

    /// Lints a story `debounce` after now, unless it changes again before then.
    private func schedule(_ story: String) {
        generations[story, default: 0] += 1
        let generation = generations[story]!
        pending += 1
        work.asyncAfter(deadline: .now() + debounce) {
            guard self.generations[story] == generation else {
                self.pending -= 1
                return
            }
            let buffers = self.buffers(in: story)
            let (settings, version) = (self.settings, self.settingsVersion)
            self.lintQueue.async {
                let snapshot = self.linter(story, settings: settings, version: version).lint(buffers: buffers)
                self.work.async {
                    self.pending -= 1
                    // A change arrived while this ran: its own lint will publish.
                    guard self.generations[story] == generation else { return }
                    self.snapshots[story] = (generation, snapshot)
                    self.publish(snapshot)
                }
            }
        }
    }

    private func scheduleAll() {
        for story in Set(open.keys.map(folder(of:))).sorted() { schedule(story) }
    }

    private func buffers(in story: String) -> [String: [UInt8]] {
        var buffers: [String: [UInt8]] = [:]
        for (path, document) in open where folder(of: path) == story { buffers[path] = document.text }
        return buffers
    }

    /// The story's linter for the current settings (lint queue only).
    private func linter(_ story: String, settings: EditorSettings, version: Int) -> StoryLinter {
        if let cached = linters[story], cached.settingsVersion == version { return cached.linter }
        let linter = StoryLinter(folder: story, settings: settings)
        linters[story] = (version, linter)
        return linter
    }

    /// The story as the open buffers now stand: the last lint if nothing changed since, else a lint now.
    private func currentSnapshot(_ story: String) -> StorySnapshot {
        let generation = generations[story, default: 0]
        if let last = snapshots[story], last.generation == generation { return last.snapshot }
        let buffers = buffers(in: story)
        let (settings, version) = (self.settings, self.settingsVersion)
        let snapshot = lintQueue.sync { linter(story, settings: settings, version: version).lint(buffers: buffers) }
        snapshots[story] = (generation, snapshot)
        return snapshot
    }

    private func uris() -> [String: String] {
        open.mapValues(\.uri)
    }

    private func publish(_ snapshot: StorySnapshot) {
        if let problem = snapshot.problem {
            if reportedProblems[snapshot.folder] != problem.description {
                reportedProblems[snapshot.folder] = problem.description
                showMessage("factlint: \(problem.description)", type: 1)
            }
        } else {
            reportedProblems[snapshot.folder] = nil
        }
        let builder = DiagnosticBuilder(snapshot: snapshot, uris: uris())
        for (path, document) in open.sorted(by: { $0.key < $1.key }) where folder(of: path) == snapshot.folder {
            var params: [String: JSON] = ["uri": .string(document.uri), "diagnostics": .array(builder.diagnostics(for: path))]
            if let version = document.version { params["version"] = .int(version) }
            sendNotification("textDocument/publishDiagnostics", .object(params))
        }
    }

    // MARK: - Requests about a place

    private func place(_ params: JSON?) throws(RPCError) -> (path: String, snapshot: StorySnapshot, lines: TextLines, position: TextLines.Position) {
        let (_, path) = try document(params)
        guard let position = TextLines.Position(params?["position"] ?? params?["range"]?["start"]) else {
            throw RPCError.invalidParams("params.position (or params.range) is missing or not a position")
        }
        guard open[path] != nil else { throw RPCError.invalidParams("'\(path)' is not open") }
        let snapshot = currentSnapshot(folder(of: path))
        guard let lines = snapshot.lines[path] else {
            throw RPCError.invalidParams("'\(path)' is not an article of its story (excluded by the configuration?)")
        }
        return (path, snapshot, lines, position)
    }

    private func hover(_ params: JSON?) throws(RPCError) -> JSON {
        let (path, snapshot, lines, position) = try place(params)
        return HoverBuilder(snapshot: snapshot).hover(path: path, offset: lines.byteOffset(of: position)) ?? .null
    }

    private func codeActions(_ params: JSON?) throws(RPCError) -> JSON {
        let (path, snapshot, lines, start) = try place(params)
        let end = TextLines.Position(params?["range"]?["end"]) ?? start
        let actions = CodeActionBuilder(snapshot: snapshot, uris: uris())
            .actions(for: path, start: lines.byteOffset(of: start), end: lines.byteOffset(of: end))
        return .array(actions)
    }

    // MARK: - Output

    private func respond(id: JSON, result: JSON) {
        send(JSON.object(["jsonrpc": "2.0", "id": id, "result": result]).encoded())
    }

    private func respond(id: JSON, error: RPCError) {
        send(JSON.object(["jsonrpc": "2.0", "id": id, "error": error.json]).encoded())
    }

    private func sendNotification(_ method: String, _ params: JSON) {
        send(JSON.object(["jsonrpc": "2.0", "method": .string(method), "params": params]).encoded())
    }

    /// `window/showMessage` (type 1 error, 2 warning, 3 info).
    private func showMessage(_ message: String, type: Int) {
        sendNotification("window/showMessage", ["type": .int(type), "message": .string(message)])
    }

    /// `window/logMessage` at log level.
    private func log(_ message: String) {
        sendNotification("window/logMessage", ["type": 4, "message": .string(message)])
    }
}
