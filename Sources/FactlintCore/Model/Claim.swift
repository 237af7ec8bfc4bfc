/// What a sentence asserts: a typed value bound to what it is about (its key), with the words
/// that say it. A mention for which no key was found is still a claim, with a nil key, so that
/// `factlint claims` shows everything that was read.
public struct Claim: Sendable, Hashable {
    /// The typed value of a claim. Indirect: checks read a claim's value often, and reading a
    /// boxed value copies one reference, not a hundred bytes of fields.
    public indirect enum Value: Sendable, Hashable {
        case quantity(QuantityValue)
        case time(TimeValue)
        case duration(DurationValue)
        case name(NameValue)
        case quote(QuoteValue)

        /// The value in DESIGN.md notation (for names the name as written, for quotes the words).
        public var notation: String {
            switch self {
            case .quantity(let q): q.notation
            case .time(let t): t.notation
            case .duration(let d): d.notation
            case .name(let n): n.text
            case .quote(let q): q.text
            }
        }

        /// How an extractor read the value (`factlint claims --explain`); empty for names and quotes.
        public var reading: ValueReading {
            switch self {
            case .quantity(let q): q.reading
            case .time(let t): t.reading
            case .duration(let d): d.reading
            case .name, .quote: []
            }
        }

        public var kind: ClaimKind {
            switch self {
            case .quantity(let q): q.unit == .measure ? .measurement : .quantity
            case .time: .date
            case .duration: .duration
            case .name: .name
            case .quote: .quote
            }
        }
    }

    /// What the claim is about; nil when no key was found.
    public var key: ClaimKey? {
        get { storage.fields.key }
        set { unique().fields.key = newValue }
    }
    public var value: Value {
        get { storage.fields.value }
        set { unique().fields.value = newValue }
    }
    /// The words of the value in the file.
    public var span: Span {
        get { storage.fields.span }
        set { unique().fields.span = newValue }
    }
    /// Hedges in the clause ("reportedly", "believed").
    public var hedges: [String] {
        get { storage.fields.hedges }
        set { unique().fields.hedges = newValue }
    }
    /// Whose claim it is when the sentence attributes it ("Keller said", "according to the
    /// health ministry"): the source as written, or after resolution the source entity's
    /// preferred name. Nil when the text names no source.
    public var attribution: String? {
        get { storage.fields.attribution }
        set { unique().fields.attribution = newValue }
    }
    /// The source's name mention, when the source is a name (resolution makes the same source
    /// spelt two ways one).
    public var sourceMention: EntityMention? {
        get { storage.fields.sourceMention }
        set { unique().fields.sourceMention = newValue }
    }
    /// The place's name mention, when the frame has a place (resolution turns it into the key's
    /// place identifier).
    public var placeMention: EntityMention? {
        get { storage.fields.placeMention }
        set { unique().fields.placeMention = newValue }
    }
    /// A place the text names only by its kind ("in the county that includes <town>"): the
    /// place noun. The key stays unplaced; frame unification takes the claim for the one place
    /// of that kind the story's figures name.
    public var placeKind: String? {
        get { storage.fields.placeKind }
        set { unique().fields.placeKind = newValue }
    }
    /// Whether the figure is the one the text gives as current, or one it gives as earlier
    /// ("previously put at 900", the 30 of "rose from 30 to 41"): an earlier figure is no
    /// conflict with a later one.
    public var status: Status {
        get { storage.fields.status }
        set { unique().fields.status = newValue }
    }

    /// Whether a figure is the text's current one or an earlier one it has replaced.
    public enum Status: String, Sendable, Hashable, CaseIterable {
        case current
        case earlier
    }
    /// The reference date of the claim's document, if any (for checks that need "now").
    public var referenceDate: DatePoint? {
        get { storage.fields.referenceDate }
        set { unique().fields.referenceDate = newValue }
    }
    /// The name the claim is about (a person's age, sentence, time in office), before
    /// resolution turns it into the key's entity.
    public var subject: EntityMention? {
        get { storage.fields.subject }
        set { unique().fields.subject = newValue }
    }
    /// Other names the claim may be about, most likely first; resolution keeps the first that
    /// turns out to be a person.
    public var subjectCandidates: [EntityMention] {
        get { storage.fields.subjectCandidates }
        set { unique().fields.subjectCandidates = newValue }
    }

    /// The fields, held by reference and copied on write: a claim is copied often (filed by
    /// document, grouped by key, sorted, given its entity) and changed rarely (its key and
    /// subject, once, in resolution), and a copy of a dozen strings and arrays was a retain
    /// for each and a release for each when dropped — about 5% of a generated archive's run.
    /// Now a copy is one retain.
    private var storage: Storage

    public init(key: ClaimKey?, value: Value, span: Span, hedges: [String] = [], attribution: String? = nil,
                referenceDate: DatePoint? = nil, subject: EntityMention? = nil) {
        storage = Storage(Fields(key: key, value: value, span: span, hedges: hedges, attribution: attribution,
                                 sourceMention: nil, placeMention: nil, placeKind: nil, status: .current,
                                 referenceDate: referenceDate, subject: subject, subjectCandidates: []))
    }

    /// The storage, copied first when another claim shares it.
    private mutating func unique() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.fields) }
        return storage
    }

    public static func == (lhs: Claim, rhs: Claim) -> Bool {
        lhs.storage === rhs.storage || lhs.storage.fields == rhs.storage.fields
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(storage.fields)
    }

    /// Changed only through `unique()`, so a storage that another claim can see never changes:
    /// that is what makes sharing it across threads safe.
    private final class Storage: @unchecked Sendable {
        var fields: Fields

        init(_ fields: Fields) {
            self.fields = fields
        }
    }

    private struct Fields: Hashable, Sendable {
        var key: ClaimKey?
        var value: Value
        var span: Span
        var hedges: [String]
        var attribution: String?
        var sourceMention: EntityMention?
        var placeMention: EntityMention?
        var placeKind: String?
        var status: Status = .current
        var referenceDate: DatePoint?
        var subject: EntityMention?
        var subjectCandidates: [EntityMention]
    }

    public var kind: ClaimKind { value.kind }
}
