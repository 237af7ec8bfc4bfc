/// A lexicon held by reference: what extractors, the clause reader and the claim builder keep
/// in their context. Their context is passed by value on every call (into each helper and
/// `NumberParser`), and a `Lexicon` value of seventy tables was copied whole each time — a
/// quarter of all instructions in callgrind; a reference costs one retain. Read-only: every
/// table is reached as on the lexicon itself (`lexicon.numberWords[word]`), through a
/// key-path member lookup that the optimiser turns into a plain field access.
@dynamicMemberLookup
public final class SharedLexicon: Sendable {
    /// The lexicon's tables.
    public let tables: Lexicon

    public init(_ lexicon: Lexicon) { tables = lexicon }

    /// A table, lent rather than copied: worker threads share the tables, and a copy would
    /// retain and release them, contending for the same reference counts across cores.
    @inline(__always)
    public subscript<Value>(dynamicMember path: KeyPath<Lexicon, Value>) -> Value {
        _read { yield tables[keyPath: path] }
    }
}
