/// Everything the rules read: the documents' keyed claims grouped by key, every claim, and the
/// entities resolved across documents.
public struct Corpus: Sendable {
    /// Claims with a key, grouped by it; each group sorted by location.
    public var groups: [ClaimKey: [Claim]] {
        didSet { sortedKeys = Corpus.sorted(groups.keys) }
    }
    /// All claims (keyed or not), sorted by location.
    public var claims: [Claim]
    public var entities: [Entity]
    /// Reference dates by document path.
    public var referenceDates: [String: DatePoint]
    /// House spellings: a lower-cased form → the spelling to use.
    public var houseSpellings: [String: String]

    public init(groups: [ClaimKey: [Claim]], claims: [Claim], entities: [Entity], referenceDates: [String: DatePoint],
                houseSpellings: [String: String] = [:]) {
        self.groups = groups
        self.sortedKeys = Corpus.sorted(groups.keys)
        self.claims = claims
        self.entities = entities
        self.referenceDates = referenceDates
        self.houseSpellings = houseSpellings
    }

    /// The keys in a stable order (by their display), sorted once: every rule reads them.
    public private(set) var sortedKeys: [ClaimKey]

    /// Keys in `ClaimKey`'s order, each key's display written once rather than at every comparison.
    private static func sorted(_ keys: some Collection<ClaimKey>) -> [ClaimKey] {
        keys.map { ($0, $0.display) }.sorted { $0.1.utf8Precedes($1.1) }.map(\.0)
    }
}
