/// A JSON-RPC 2.0 error answer: a code from the specification (or the protocol's own) and a
/// message saying what was wrong with the request.
public struct RPCError: Error, Sendable, Equatable {
    public var code: Int
    public var message: String

    public init(_ code: Int, _ message: String) {
        self.code = code
        self.message = message
    }

    /// The body was not JSON.
    public static func parseError(_ message: String) -> RPCError { RPCError(-32700, message) }
    /// JSON, but not a request or notification.
    public static func invalidRequest(_ message: String) -> RPCError { RPCError(-32600, message) }
    /// No such method.
    public static func methodNotFound(_ method: String) -> RPCError { RPCError(-32601, "unknown method '\(method)'") }
    /// The method's parameters are missing or of the wrong shape.
    public static func invalidParams(_ message: String) -> RPCError { RPCError(-32602, message) }
    /// A request before `initialize` (the protocol's ServerNotInitialized).
    public static let notInitialized = RPCError(-32002, "the server is not initialized; send 'initialize' first")

    /// The error object of a response.
    var json: JSON { ["code": .int(code), "message": .string(message)] }
}
