/// What a claim is about: its frame (DESIGN.md §8), the slots that say which quantity a figure
/// is a value of. Two claims are compared when their frames unify: resolution first groups
/// claims whose filled slots are equal, then lets a frame with an unknown place, time or thing
/// join the one group of the story that fills it (`FrameUnification`).
///
/// The slots: the measure (a count, a share, a date, a duration, an age), the thing measured —
/// a counted noun class with its qualifiers ("foreign nationals") —, the event class
/// ("released"), the entity it is about (a person's sentence or age), the place it holds in
/// ("in Lagos"), the time scope ("since 2023-07", "2025-06-13"; none for the story's present)
/// and the modality (an actual figure, an estimate, a projection, a request, a denial). Who
/// states the figure (its source) and whether it is the current or an earlier figure are the
/// claim's own (`Claim.source`, `Claim.status`): they decide what a difference means, not
/// which quantity it is of.
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
        /// A number in a unit of measure, in its family's base unit ("a magnitude 6.2
        /// earthquake", "35 km north of the city"); the subject names the thing and the family.
        case measurement
        /// How much a level moved, in percent ("shares fell 10% in after-hours trading"); the
        /// event is the direction, the scope the day and trading session.
        case change
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
    /// The day of the story's week the figure's clause names ("2025-06-13" for "on Friday"),
    /// shown with the claim. Not a slot two figures must agree on: the day a clause names is
    /// as often the event's (one quake dated two ways is a date conflict, and its tolls are
    /// still one toll) or the saying's as the count's own; rounds of a recurring event are told
    /// apart by their words ("another batch of 17"), not by the day.
    public var day: String?
    /// Where the figure holds: the place's identifier (an entity id after resolution, else the
    /// name as written, lower-cased); nil when the text names none (the story's whole scene).
    public var place: String?
    /// The place's name as written, for display.
    public var placeName: String?
    /// Whether the figure is a fact, an estimate, a projection, a request or a denial.
    public var modality: Modality = .actual
    /// The claim is about a person its clause does not name ("he vanished on Sunday", "a gang
    /// leader escaped on Sunday"): the entity slot is left for the story's one candidate to fill,
    /// and without exactly one the claim is compared with nothing (`FrameUnification`).
    public var awaitsEntity = false

    /// How a figure is put forward. Projections, requests and denials are never compared with
    /// actual figures; an estimate is a statement of the actual figure, made less firmly.
    public enum Modality: String, Sendable, Hashable, CaseIterable {
        /// A figure stated as fact ("killed 40 people").
        case actual
        /// A figure stated as an estimate ("an estimated 40", "believed to be 40").
        case estimate
        /// A figure someone expects ("could reach 5,000", "is expected to rise to 60").
        case projection
        /// A figure someone asks for ("called for the release of 50").
        case request
        /// A figure someone denies ("denied that 40 were killed").
        case denial

        /// The modality as far as frames are concerned: an estimate states the actual figure.
        var identity: Modality { self == .estimate ? .actual : self }
    }

    public init(measure: Measure, subject: String? = nil, event: String? = nil, entity: String? = nil,
                entityName: String? = nil, scope: String? = nil, place: String? = nil, placeName: String? = nil,
                modality: Modality = .actual) {
        self.measure = measure
        self.subject = subject
        self.event = event
        self.entity = entity
        self.entityName = entityName
        self.scope = scope
        self.place = place
        self.placeName = placeName
        self.modality = modality
    }

    /// The key as reports show it: `prisoners · released`, `age · Aliaksei Karpovich`.
    public var display: String {
        var parts: [String] = []
        if measure == .age { parts.append("age") }
        if let subject { parts.append(subject) }
        if let entityName { parts.append(entityName) }
        if let event { parts.append(event) }
        if let placeName { parts.append("in " + placeName) }
        if let scope { parts.append(scope) }
        switch modality.identity {
        case .actual: break
        default: parts.append(modality.rawValue)
        }
        switch measure {
        case .share: parts.append("share")
        case .date: parts.append("date")
        case .duration: parts.append("duration")
        case .count, .age, .measurement, .change: break
        }
        return parts.joined(separator: " · ")
    }

    public static func == (lhs: ClaimKey, rhs: ClaimKey) -> Bool {
        lhs.measure == rhs.measure && lhs.subject == rhs.subject && lhs.event == rhs.event
            && lhs.entity == rhs.entity && lhs.scope == rhs.scope && lhs.place == rhs.place
            && lhs.modality.identity == rhs.modality.identity && lhs.awaitsEntity == rhs.awaitsEntity
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(measure)
        hasher.combine(subject)
        hasher.combine(event)
        hasher.combine(entity)
        hasher.combine(scope)
        hasher.combine(place)
        hasher.combine(modality.identity)
        hasher.combine(awaitsEntity)
    }

    public static func < (lhs: ClaimKey, rhs: ClaimKey) -> Bool {
        lhs.display.utf8Precedes(rhs.display)
    }
}
