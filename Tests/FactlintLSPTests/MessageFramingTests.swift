import Foundation
@testable import FactlintLSP
import Testing

/// `MessageFraming`: cutting the input into messages, and going on after a bad frame.
@Suite("MessageFraming")
struct MessageFramingTests {
    private func frames(_ chunks: [String]) -> [MessageFraming.Frame] {
        var framing = MessageFraming()
        var out: [MessageFraming.Frame] = []
        for chunk in chunks {
            framing.append(Data(chunk.utf8))
            while let frame = framing.next() { out.append(frame) }
        }
        return out
    }

    @Test("a message split across reads, and two in one read")
    func splits() {
        let out = frames(["Content-Le", "ngth: 2\r\n\r\n{", "}Content-Length: 4\r\nContent-Type: x\r\n\r\nnullContent-Length: 1\r\n\r\n1"])
        #expect(out == [.message(Data("{}".utf8)), .message(Data("null".utf8)), .message(Data("1".utf8))])
    }

    @Test("a header without Content-Length, or with a bad one, is reported and skipped")
    func badHeaders() {
        let out = frames(["Bogus: 1\r\n\r\nContent-Length: x\r\n\r\nContent-Length: 2\r\n\r\n{}"])
        #expect(out.count == 3)
        guard case .malformed = out[0], case .malformed = out[1] else {
            Issue.record("expected two malformed frames, got \(out)")
            return
        }
        #expect(out[2] == .message(Data("{}".utf8)))
    }

    @Test("an oversized body is refused and its bytes skipped")
    func oversized() {
        var framing = MessageFraming()
        framing.append(Data("Content-Length: \(MessageFraming.maximumBody + 3)\r\n\r\n".utf8))
        guard case .malformed = framing.next() else {
            Issue.record("expected a malformed frame")
            return
        }
        #expect(framing.next() == nil)
    }

    @Test("a header that never ends is dropped once too long")
    func endlessHeader() {
        let out = frames([String(repeating: "x", count: MessageFraming.maximumHeader + 10), "Content-Length: 2\r\n\r\n{}"])
        #expect(out.last == .message(Data("{}".utf8)))
    }
}
