/// A typed occurrence in a document's text: a number, a date, a duration, a name or a quote,
/// before anything is known about what it is about.
public struct Mention: Sendable, Hashable {
    /// What was found and its value: indirect, so that a mention copies its value as one
    /// reference (extractors and the claim builder copy mentions many times). The type is a
    /// claim's value type: a claim made from a mention takes its value, box and all (with an
    /// enum of its own, each claim boxed a copy of the value again).
    public typealias Value = Claim.Value

    public var value: Value
    /// Byte range in the document's analysed text.
    public var start: Int
    public var end: Int
    /// Index of the first and one past the last token the mention covers.
    public var firstToken: Int
    public var endToken: Int

    public init(_ value: Value, start: Int, end: Int, firstToken: Int, endToken: Int) {
        self.value = value
        self.start = start
        self.end = end
        self.firstToken = firstToken
        self.endToken = endToken
    }

    /// The claim kind of the value, as the JSON contract names it.
    public var kind: ClaimKind {
        switch value {
        case .quantity(let q): q.unit == .measure ? .measurement : .quantity
        case .time: .date
        case .duration: .duration
        case .name: .name
        case .quote: .quote
        }
    }
}

/// A name of a person, organisation or place as written.
public struct NameValue: Sendable, Hashable {
    /// What the name names, or nil when nothing around it says (a lone capitalised word, which
    /// resolution may still attach to a person named in full elsewhere).
    public var kind: EntityKind? {
        get { storage.value.kind }
        set { change { $0.kind = newValue } }
    }
    /// The words of the name as written, titles dropped ("Aliaksei Karpovich").
    public var text: String {
        get { storage.value.text }
        set { change { $0.text = newValue } }
    }
    /// The name's words, in order.
    public var parts: [String] {
        get { storage.value.parts }
        set { change { $0.parts = newValue } }
    }
    /// Whether the parts include a given name (known from the lexicon or a full-name pattern).
    public var hasGivenName: Bool {
        get { storage.value.hasGivenName }
        set { change { $0.hasGivenName = newValue } }
    }
    /// A title or role written before the name ("special envoy", "President").
    public var title: String? {
        get { storage.value.title }
        set { change { $0.title = newValue } }
    }
    /// A role given in apposition after the name ("…, the EU deputy envoy for trade,").
    public var appositive: String? {
        get { storage.value.appositive }
        set { change { $0.appositive = newValue } }
    }
    /// The relative this person is named as ("whose husband, Pavel,"), if any.
    public var kin: Kinship? {
        get { storage.value.kin }
        set { change { $0.kin = newValue } }
    }

    /// The fields, held by reference: a name is copied with every mention, claim, entity and
    /// cache entry that holds it, and a copy is then one retain, not one per string. A change
    /// makes a new box (names are changed only while they are being read).
    private struct Fields: Hashable, Sendable {
        var kind: EntityKind?
        var text: String
        var parts: [String]
        var hasGivenName: Bool
        var title: String?
        var appositive: String?
        var kin: Kinship?
    }

    private var storage: ValueBox<Fields>
    /// The hash of the kind and the text, computed when the name is made: the name matcher's
    /// caches look a name up many times a story, and hashing its text each time cost more than
    /// the look-ups saved. (The parts, title and role are left out of it; equality compares
    /// every field.)
    private var kindAndTextHash: Int

    public init(kind: EntityKind?, text: String, parts: [String], hasGivenName: Bool, title: String? = nil,
                appositive: String? = nil, kin: Kinship? = nil) {
        storage = ValueBox(Fields(kind: kind, text: text, parts: parts, hasGivenName: hasGivenName, title: title,
                                  appositive: appositive, kin: kin))
        kindAndTextHash = NameValue.hash(kind, text)
    }

    private static func hash(_ kind: EntityKind?, _ text: String) -> Int {
        var hasher = Hasher()
        hasher.combine(kind)
        hasher.combine(text)
        return hasher.finalize()
    }

    private mutating func change(_ edit: (inout Fields) -> Void) {
        var fields = storage.value
        edit(&fields)
        storage = ValueBox(fields)
        kindAndTextHash = NameValue.hash(fields.kind, fields.text)
    }

    public static func == (lhs: NameValue, rhs: NameValue) -> Bool { lhs.kindAndTextHash == rhs.kindAndTextHash && lhs.storage == rhs.storage }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(kindAndTextHash)
    }

    /// The hash a `Dictionary` or `Set` files the name under: the stored hash, already mixed by
    /// a seeded `Hasher`, with the table's seed folded in. The default ran a `Hasher` over
    /// the stored hash at every look-up, most of what a look-up in the matcher's caches cost.
    public func _rawHashValue(seed: Int) -> Int {
        kindAndTextHash ^ seed
    }
}

/// Words in quotation marks, with the speaker they are attributed to when one is named.
public struct QuoteValue: Sendable, Hashable {
    /// The quoted words, quotation marks removed.
    public var text: String
    /// The speaker's name as written nearby, if any.
    public var speaker: String?
    /// Byte offset, in the analysed text, of the name mention that names the speaker.
    public var speakerStart: Int?

    public init(text: String, speaker: String?, speakerStart: Int? = nil) {
        self.text = text
        self.speaker = speaker
        self.speakerStart = speakerStart
    }
}

/// What sort of thing an entity is.
public enum EntityKind: String, Sendable, Hashable, Codable {
    case person, organization, place
}

/// The kinds of claims and mentions, as named in the JSON output.
public enum ClaimKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A count or a percentage; `measurement` a number in a unit of measure ("35 km").
    case quantity, date, duration, name, quote, measurement
}
