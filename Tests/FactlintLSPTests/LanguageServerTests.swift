import Foundation
@testable import FactlintLSP
import Testing

/// The server in memory: requests in, messages out, without a process.
@Suite("LanguageServer")
struct LanguageServerTests {
    /// Messages the server sent.
    final class Outbox: @unchecked Sendable {
        private let lock = NSLock()
        private var items: [JSON] = []
        func add(_ data: Data) {
            lock.lock()
            defer { lock.unlock() }
            if let json = JSON.parse(data) { items.append(json) }
        }
        var messages: [JSON] {
            lock.lock()
            defer { lock.unlock() }
            return items
        }
    }

    private func server() -> (LanguageServer, Outbox) {
        let outbox = Outbox()
        let server = LanguageServer(version: "test", debounce: .milliseconds(0), send: { outbox.add($0) }, exit: { _ in })
        return (server, outbox)
    }

    private func send(_ server: LanguageServer, _ message: JSON) {
        server.receive(message.encoded())
    }

    @Test("requests before initialize, unknown methods, bad JSON and bad ids get JSON-RPC errors")
    func errors() {
        let (server, outbox) = server()
        send(server, ["jsonrpc": "2.0", "id": 1, "method": "textDocument/hover", "params": [:]])
        send(server, ["jsonrpc": "2.0", "id": 2, "method": "initialize", "params": ["capabilities": [:]]])
        send(server, ["jsonrpc": "2.0", "id": 3, "method": "no/such"])
        server.receive(Data("{\"jsonrpc\": \"2.0\", \"id\": 4, \"meth".utf8))
        send(server, ["jsonrpc": "2.0", "id": [1], "method": "shutdown"])
        send(server, [1, 2])
        send(server, ["jsonrpc": "2.0", "id": 5, "method": "textDocument/hover", "params": ["textDocument": ["uri": "https://example.org/a"]]])
        send(server, ["jsonrpc": "2.0", "id": 6, "method": "shutdown"])
        server.drain()
        let codes = outbox.messages.map { $0["error"]?["code"]?.int }
        #expect(codes == [-32002, nil, -32601, -32700, -32600, -32600, -32602, nil])
        #expect(outbox.messages[1]["result"]?["capabilities"]?["positionEncoding"] == "utf-16")
        #expect(outbox.messages[7]["id"] == 6)
    }

    @Test("a story opened from memory gets diagnostics with related places in the other article")
    func diagnostics() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("factlint-lsp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "Officials said 40 people were hurt in the blast on Monday.\n"
            .write(to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        let uri = DocumentURI.uri(folder.appendingPathComponent("b.txt").path)
        let (server, outbox) = server()
        send(server, ["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": ["capabilities": [:]]])
        send(server, ["jsonrpc": "2.0", "method": "textDocument/didOpen", "params": ["textDocument": [
            "uri": .string(uri), "languageId": "plaintext", "version": 7,
            "text": "The blast on Monday injured 45 people, officials said.\n"]]])
        server.drain()
        let published = outbox.messages.filter { $0["method"] == "textDocument/publishDiagnostics" }
        #expect(published.count == 1)
        let diagnostic = published.first?["params"]?["diagnostics"]?.array?.first
        #expect(published.first?["params"]?["version"] == 7)
        #expect(diagnostic?["code"] == "count-conflict")
        #expect(diagnostic?["severity"] == 1)
        #expect(diagnostic?["range"] == ["start": ["line": 0, "character": 28], "end": ["line": 0, "character": 30]])
        let related = diagnostic?["relatedInformation"]?.array?.first
        #expect(related?["location"]?["uri"]?.string?.hasSuffix("/a.txt") == true)
        #expect(related?["message"] == "\"40\"")
    }
}
