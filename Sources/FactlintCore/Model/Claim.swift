/// What a sentence asserts: a typed value bound to what it is about (its key), with the words
/// that say it. A mention for which no key was found is still a claim, with a nil key, so that
/// `factlint claims` shows everything that was read.
public struct Claim: Sendable, Hashable {
    /// The typed value of a claim. Indirect: a claim is copied often (grouped, sorted, given its
    /// entity), and a boxed value copies as one reference, not as a hundred bytes of fields.
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

        public var kind: ClaimKind {
            switch self {
            case .quantity: .quantity
            case .time: .date
            case .duration: .duration
            case .name: .name
            case .quote: .quote
            }
        }
    }

    public var key: ClaimKey?
    public var value: Value
    /// The words of the value in the file.
    public var span: Span
    /// Hedges in the clause ("reportedly", "believed").
    public var hedges: [String]
    /// Whose claim it is when the sentence attributes it ("Keller said").
    public var attribution: String?
    /// The reference date of the claim's document, if any (for checks that need "now").
    public var referenceDate: DatePoint?
    /// The name the claim is about (a person's age, sentence, time in office), before
    /// resolution turns it into the key's entity.
    public var subject: EntityMention? {
        get { subjectBox?.value }
        set { subjectBox = newValue.map(ValueBox.init) }
    }
    /// The subject, boxed like the value: most claims have none, and one that has copies it
    /// as a reference.
    private var subjectBox: ValueBox<EntityMention>?
    /// Other names the claim may be about, most likely first; resolution keeps the first that
    /// turns out to be a person.
    public var subjectCandidates: [EntityMention] = []

    public init(key: ClaimKey?, value: Value, span: Span, hedges: [String] = [], attribution: String? = nil,
                referenceDate: DatePoint? = nil, subject: EntityMention? = nil) {
        self.key = key
        self.value = value
        self.span = span
        self.hedges = hedges
        self.attribution = attribution
        self.referenceDate = referenceDate
        self.subject = subject
    }

    public var kind: ClaimKind { value.kind }
}
