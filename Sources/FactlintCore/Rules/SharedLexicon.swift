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
    /// The name tables, also by reference: name extraction binds them once per call, and a
    /// `NameLexicon` value of thirty tables retained and released every one of them.
    public let names: SharedNameLexicon
    /// Each word's stem, singular and start bits under these tables, kept across documents
    /// (`WordForms`).
    let wordForms = WordFormsPool()

    public init(_ lexicon: Lexicon) {
        tables = lexicon
        names = SharedNameLexicon(lexicon.names)
    }

    /// A table, lent rather than copied: worker threads share the tables, and a copy would
    /// retain and release them, contending for the same reference counts across cores.
    @inline(__always)
    public subscript<Value>(dynamicMember path: KeyPath<Lexicon, Value>) -> Value {
        _read { yield tables[keyPath: path] }
    }

    @inline(__always)
    public func isNeverAName(_ word: String) -> Bool { tables.isNeverAName(word) }
}

/// A name lexicon held by reference (`SharedLexicon.names`): its tables read as on the
/// lexicon itself, its look-ups forwarded.
@dynamicMemberLookup
public final class SharedNameLexicon: Sendable {
    /// The name lexicon's tables.
    public let tables: NameLexicon
    /// The length of each of `demonymEndings`, in characters.
    private let demonymEndingLengths: [Int]

    public init(_ names: NameLexicon) {
        tables = names
        demonymEndingLengths = names.demonymEndings.map(\.count)
    }

    /// Whether `word` ends in a demonym ending with more than two characters before it
    /// ("ukrainian", not "ian"). An ASCII word's characters are its bytes, so they are counted
    /// as bytes.
    func hasDemonymEnding(_ word: String) -> Bool {
        let length = word.isASCII ? word.utf8.count : word.count
        let endings = tables.demonymEndings
        for k in endings.indices where length > demonymEndingLengths[k] + 2 && word.hasSuffix(endings[k]) { return true }
        return false
    }

    /// A table, lent rather than copied.
    @inline(__always)
    public subscript<Value>(dynamicMember path: KeyPath<NameLexicon, Value>) -> Value {
        _read { yield tables[keyPath: path] }
    }

    public func latin(_ word: String) -> String { tables.latin(word) }
    public func givenNameGender(_ word: String) -> NameGender? { tables.givenNameGender(word) }
    public func isGivenName(_ word: String) -> Bool { tables.isGivenName(word) }
    public func genderedEnding(of surname: String) -> SurnameEnding? { tables.genderedEnding(of: surname) }
    public func surname(_ surname: String, as gender: NameGender) -> String { tables.surname(surname, as: gender) }
    public func gender(ofParts parts: [String]) -> NameGender? { tables.gender(ofParts: parts) }
}
