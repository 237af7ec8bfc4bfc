/// A problem with something the user gave factlint — a rule file, a lexicon, a configuration
/// file, an option, a path — that stops the run with exit code 2. The message says where
/// (`file:line:column` when known) and what to do.
public struct InputError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file at fault, if any.
    public var path: String?
    /// 1-based line and column (Unicode scalars), when known.
    public var line: Int?
    public var column: Int?
    public var message: String

    public init(path: String? = nil, line: Int? = nil, column: Int? = nil, _ message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    /// `file:line:column: error: message`, as a compiler prints it.
    public var description: String {
        var place = ""
        if let path {
            place = path
            if let line {
                place += ":\(line)"
                if let column { place += ":\(column)" }
            }
            place += ": "
        }
        return place + "error: " + message
    }
}
