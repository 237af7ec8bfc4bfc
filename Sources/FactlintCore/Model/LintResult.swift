/// Everything a lint run produced: what reporters turn into text, JSON, JUnit and the rest.
public struct LintResult: Sendable {
    /// A document as the result lists it.
    public struct DocumentSummary: Sendable, Hashable {
        public var path: String
        /// Number of claims with a key.
        public var claims: Int
        public var title: String?
        public var referenceDate: DatePoint?

        public init(path: String, claims: Int, title: String? = nil, referenceDate: DatePoint? = nil) {
            self.path = path
            self.claims = claims
            self.title = title
            self.referenceDate = referenceDate
        }
    }

    /// Totals for the summary line.
    public struct Summary: Sendable, Hashable {
        public var documents: Int
        public var claims: Int
        public var checks: Int
        public var errors: Int
        public var warnings: Int
        public var infos: Int
    }

    public var documents: [DocumentSummary]
    /// Findings sorted by primary location.
    public var findings: [Finding]
    /// Checks sorted by rule and key.
    public var checks: [Check]
    /// Claims with a key, sorted by location (for the claim matrix).
    public var claims: [Claim]
    /// Rules that ran, sorted by id (reporters describe them).
    public var rules: [RuleSummary]
    /// Notices about inputs (files skipped, bytes replaced), already sorted.
    public var notices: [Notice]

    public init(documents: [DocumentSummary], findings: [Finding], checks: [Check], claims: [Claim],
                rules: [RuleSummary], notices: [Notice] = []) {
        self.documents = documents
        self.findings = findings
        self.checks = checks
        self.claims = claims
        self.rules = rules
        self.notices = notices
    }

    public var summary: Summary {
        Summary(documents: documents.count,
                claims: documents.reduce(0) { $0 + $1.claims },
                checks: checks.count,
                errors: findings.count { $0.level == .error },
                warnings: findings.count { $0.level == .warning },
                infos: findings.count { $0.level == .info })
    }
}

/// What reporters need to know about a rule.
public struct RuleSummary: Sendable, Hashable {
    public var id: String
    public var level: Level
    public var check: String
    public var summary: String

    public init(id: String, level: Level, check: String, summary: String) {
        self.id = id
        self.level = level
        self.check = check
        self.summary = summary
    }
}

/// Something the user should know about an input that is not a finding about facts.
public struct Notice: Sendable, Hashable, Comparable {
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public static func < (lhs: Notice, rhs: Notice) -> Bool {
        (lhs.path, lhs.message) < (rhs.path, rhs.message)
    }
}

extension Notice: Error {}
