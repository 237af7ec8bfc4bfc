import FactlintCore

/// Turns a lint result into one output format. Reporters are pure: the same result gives the
/// same bytes, and they never print, read files or look at the clock.
public protocol Reporter: Sendable {
    /// The name used with `--format` ("text", "json", "junit").
    static var identifier: String { get }
    /// One line for `--help`.
    static var description: String { get }
    /// The report.
    func report(_ result: LintResult) -> String
}

/// The reporters by `--format` name.
public enum Reporters {
    /// Every reporter, in the order `--help` lists them.
    public static let all: [any Reporter.Type] = [
        TextReporter.self, JSONReporter.self, JUnitReporter.self, SARIFReporter.self, CheckstyleReporter.self,
        GitHubReporter.self, HTMLReporter.self,
    ]

    /// The names `--format` accepts.
    public static var identifiers: [String] { all.map { $0.identifier } }

    /// A reporter by name, with the options that shape it.
    public static func reporter(named name: String, options: ReportOptions = ReportOptions()) -> (any Reporter)? {
        switch name {
        case TextReporter.identifier: TextReporter(color: options.color, quiet: options.quiet)
        case JSONReporter.identifier: JSONReporter()
        case JUnitReporter.identifier: JUnitReporter(fileAttribute: options.junitFileAttribute)
        case SARIFReporter.identifier: SARIFReporter()
        case CheckstyleReporter.identifier: CheckstyleReporter()
        case GitHubReporter.identifier: GitHubReporter()
        case HTMLReporter.identifier: HTMLReporter(linkPrefix: options.linkPrefix)
        default: nil
        }
    }
}

/// Settings that change how a report looks.
public struct ReportOptions: Sendable {
    /// Colour the text report with ANSI escapes.
    public var color: Bool
    /// Leave passing checks and notes out of the text report.
    public var quiet: Bool
    /// Add GitLab's `file` attribute to JUnit testcases (not in the Jenkins schema).
    public var junitFileAttribute: Bool
    /// Put before article paths in the HTML report's links, so they resolve from the report's folder.
    public var linkPrefix: String

    /// Options; the defaults give plain, complete reports.
    public init(color: Bool = false, quiet: Bool = false, junitFileAttribute: Bool = false, linkPrefix: String = "") {
        self.color = color
        self.quiet = quiet
        self.junitFileAttribute = junitFileAttribute
        self.linkPrefix = linkPrefix
    }
}
