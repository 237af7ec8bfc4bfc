/// One rule of the pack, read from `Rules/<id>.yml`: which check kind runs it, on which claims,
/// when it fires, how loud, with what message, and the examples that document and test it.
public struct Rule: Sendable, Hashable {
    /// The check kinds the engine knows. A rule file naming another is a load error.
    public enum CheckKind: String, Sendable, Hashable, CaseIterable {
        /// Values for one key across documents: conflicts and divergences.
        case agreement
        /// A percentage against the counts it relates.
        case ratio
        /// A start date against a stated duration and the reference date.
        case elapsed
        /// One entity written several ways.
        case spelling
        /// A person's surname one or two letters from the story's spelling, the given name agreeing.
        case misspelling
        /// One speaker's words quoted differently.
        case quote
        /// One person given different roles.
        case title
        /// A weekday written before a calendar date it does not fall on ("Friday, May 28, 2024").
        case weekday
        /// A `factlint-disable-next-line` comment that silences nothing (run after all other
        /// rules, by `SuppressionFilter`, since it depends on their findings).
        case suppression
    }

    /// For `agreement`: which disagreement the rule reports.
    public enum Condition: String, Sendable, Hashable, CaseIterable {
        /// The values cannot both be true.
        case conflict
        /// The values can both be true but are stated differently.
        case divergence
        /// Different named sources give values that cannot both be true.
        case sources
    }

    /// One executable example: a few short articles and whether the rule must fire on them.
    public struct Example: Sendable, Hashable {
        public var triggers: Bool
        /// (file name, text), in file order.
        public var documents: [DocumentText]
        public var referenceDate: DatePoint?
        /// Where the example is written, for failure messages.
        public var line: Int?
    }

    /// A named text of an example.
    public struct DocumentText: Sendable, Hashable {
        public var name: String
        public var text: String
    }

    public var id: String
    public var summary: String
    public var description: String?
    public var check: CheckKind
    /// The claim measures the rule reads.
    public var measures: Set<ClaimKey.Measure>
    public var condition: Condition?
    public var level: Level
    /// A message template: `{key}`, `{values}`, `{here}`, `{others}`, `{sources}`, `{entity}`, `{forms}`.
    public var message: String
    public var tolerance: Tolerance
    /// Check-specific settings, as written.
    public var options: [String: Double]
    public var examples: [Example]
    public var enabled: Bool
    /// The file the rule came from ("Rules/count-conflict.yml", or "(built in)/…").
    public var source: String

    /// What reporters need.
    public var summaryInfo: RuleSummary {
        RuleSummary(id: id, level: level, check: check.rawValue, summary: summary)
    }
}
