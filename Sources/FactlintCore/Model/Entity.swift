/// One real person, organisation or place across the corpus, with every way it is written.
public struct Entity: Sendable, Hashable {
    /// A stable identifier within one run (derived from the preferred name).
    public var id: String
    /// The preferred spelling: the house spelling from configuration, else the most common form.
    public var name: String
    public var kind: EntityKind
    /// Every mention resolved to the entity, in path order.
    public var mentions: [EntityMention]
    /// Why mentions were joined or kept apart, as the matcher explained it, in the order the
    /// decisions were made (`factlint entities --explain`).
    public var notes: [String]

    public init(id: String, name: String, kind: EntityKind, mentions: [EntityMention], notes: [String] = []) {
        self.id = id
        self.name = name
        self.kind = kind
        self.mentions = mentions
        self.notes = notes
    }
}

/// One written occurrence of an entity.
public struct EntityMention: Sendable, Hashable {
    public var span: Span
    public var name: NameValue

    public init(span: Span, name: NameValue) {
        self.span = span
        self.name = name
    }
}
