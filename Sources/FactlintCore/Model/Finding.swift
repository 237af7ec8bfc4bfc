/// A problem a rule found: one primary place and, for a contradiction across articles, the
/// places in the other articles that it contradicts, each with its own value.
public struct Finding: Sendable, Hashable {
    /// One place a finding points at, with the value stated there.
    public struct Location: Sendable, Hashable {
        public var span: Span
        /// The value in DESIGN.md notation, or nil when the place has none (a spelling).
        public var value: String?
        /// A short note shown beside the location ("more than 600" in 3 places).
        public var note: String?
        /// The sentence around the place, when a report asked for it (`ExcerptReader`).
        public var excerpt: Excerpt?

        public init(span: Span, value: String? = nil, note: String? = nil, excerpt: Excerpt? = nil) {
            self.span = span
            self.value = value
            self.note = note
            self.excerpt = excerpt
        }
    }

    /// The rule's id (its file stem).
    public var rule: String
    public var level: Level
    /// One line, no trailing period.
    public var message: String
    /// The claim key's display form, if the finding is about a key.
    public var key: String?
    /// Where the finding is reported; the other places follow in `related`.
    public var primary: Location
    public var related: [Location]
    /// A suggested replacement for the primary words (a preferred spelling), if any.
    public var fix: String?
    /// Stable across runs and line moves: derived from rule, key and the words, not positions.
    public var fingerprint: String

    public init(rule: String, level: Level, message: String, key: String?, primary: Location,
                related: [Location], fix: String? = nil, fingerprint: String) {
        self.rule = rule
        self.level = level
        self.message = message
        self.key = key
        self.primary = primary
        self.related = related
        self.fix = fix
        self.fingerprint = fingerprint
    }

    /// Every location, primary first.
    public var locations: [Location] { [primary] + related }
}

/// A rule applied to one claim key: the dashboard's unit ("41 checks, 3 failed").
public struct Check: Sendable, Hashable {
    /// Whether the rule found the key consistent.
    public enum Status: String, Sendable, Hashable {
        case pass, fail
    }

    public var rule: String
    /// The key's display form.
    public var key: String
    public var status: Status
    /// How many documents state a value for the key.
    public var documents: Int
    /// The claims the check read, in path order.
    public var locations: [Finding.Location]

    public init(rule: String, key: String, status: Status, documents: Int, locations: [Finding.Location]) {
        self.rule = rule
        self.key = key
        self.status = status
        self.documents = documents
        self.locations = locations
    }
}
