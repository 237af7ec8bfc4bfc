import Foundation

/// Connects a `LanguageServer` to an editor over standard input and output: reads frames
/// until the input ends, writes each message framed with its Content-Length.
public enum StdioTransport {
    /// Serves until the client sends `exit` or closes the input; never returns.
    public static func run(version: String, debounce: DispatchTimeInterval) -> Never {
        signal(SIGPIPE, SIG_IGN)
        let output = Output()
        let server = LanguageServer(version: version, debounce: debounce, send: { body in output.write(MessageFraming.frame(body)) },
                                    exit: { code in Foundation.exit(code) })
        var framing = MessageFraming()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = read(STDIN_FILENO, &buffer, buffer.count)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            framing.append(Data(buffer[0..<count]))
            while let frame = framing.next() {
                switch frame {
                case .message(let body): server.receive(body)
                case .malformed(let reason): server.receiveMalformedFrame(reason)
                }
            }
        }
        server.receiveEnd()
        while true { sleep(60) }
    }

    /// Standard output, one whole message at a time.
    private final class Output: @unchecked Sendable {
        private let lock = NSLock()

        func write(_ data: Data) {
            lock.lock()
            defer { lock.unlock() }
            data.withUnsafeBytes { raw in
                guard let base = raw.baseAddress else { return }
                var written = 0
                while written < raw.count {
                    let result = Foundation.write(STDOUT_FILENO, base + written, raw.count - written)
                    if result < 0 {
                        if errno == EINTR { continue }
                        return  // the client is gone; the end of input will follow
                    }
                    written += result
                }
            }
        }
    }
}
