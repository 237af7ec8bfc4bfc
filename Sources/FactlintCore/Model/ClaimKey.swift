/// What a claim is about: two claims are compared only when their keys are equal.
///
/// A key names the thing measured — a counted noun class with its qualifiers ("foreign
/// nationals"), an event class ("released"), the entity it is about (a person's sentence or age)
/// and a time scope ("since 2023-07"; none for the story's current event) — and the measure
/// (a count, a share, a date, a duration, an age).
public struct ClaimKey: Hashable, Sendable, Comparable {
    /// What is measured about the thing.
    public enum Measure: String, Sendable, Hashable, CaseIterable {
        /// How many ("37 hostages").
        case count
        /// What percentage of a group ("5 percent of detainees").
        case share
        /// When an event happened ("closed its consulate in March 2019").
        case date
        /// How long a state lasted or a term runs ("12 years", "over two decades").
        case duration
        /// How old a person is ("Aliaksei Karpovich, 33").
        case age
    }

    public var measure: Measure
    /// The counted or dated thing: a noun class with its qualifiers ("prisoners", "foreign nationals").
    public var subject: String?
    /// The event class ("released", "remaining", "sentenced", "tenure").
    public var event: String?
    /// The entity the claim is about: an identifier that resolution makes global.
    public var entity: String?
    /// The entity's preferred name, for display.
    public var entityName: String?
    /// A time scope other than the story's present ("2023-07/..", "2025-06").
    public var scope: String?

    public init(measure: Measure, subject: String? = nil, event: String? = nil, entity: String? = nil,
                entityName: String? = nil, scope: String? = nil) {
        self.measure = measure
        self.subject = subject
        self.event = event
        self.entity = entity
        self.entityName = entityName
        self.scope = scope
    }

    /// The key as reports show it: `prisoners · released`, `age · Aliaksei Karpovich`.
    public var display: String {
        var parts: [String] = []
        if measure == .age { parts.append("age") }
        if let subject { parts.append(subject) }
        if let entityName { parts.append(entityName) }
        if let event { parts.append(event) }
        if let scope { parts.append(scope) }
        switch measure {
        case .share: parts.append("share")
        case .date: parts.append("date")
        case .duration: parts.append("duration")
        case .count, .age: break
        }
        return parts.joined(separator: " · ")
    }

    public static func == (lhs: ClaimKey, rhs: ClaimKey) -> Bool {
        lhs.measure == rhs.measure && lhs.subject == rhs.subject && lhs.event == rhs.event
            && lhs.entity == rhs.entity && lhs.scope == rhs.scope
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(measure)
        hasher.combine(subject)
        hasher.combine(event)
        hasher.combine(entity)
        hasher.combine(scope)
    }

    public static func < (lhs: ClaimKey, rhs: ClaimKey) -> Bool {
        lhs.display.utf8Precedes(rhs.display)
    }
}
