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
    /// The bytes of each of `demonymEndings` when they are all ASCII letters, else nil.
    private let demonymEndingLetters: [[UInt8]?]

    public init(_ names: NameLexicon) {
        tables = names
        demonymEndingLengths = names.demonymEndings.map(\.count)
        demonymEndingLetters = names.demonymEndings.map { ending in
            ending.utf8.allSatisfy { ($0 | 0x20) &- 0x61 < 26 } ? Array(ending.utf8) : nil
        }
    }

    /// Whether `word` ends in a demonym ending with more than two characters before it
    /// ("ukrainian", not "ian"). An ASCII word's characters are its bytes, so they are counted
    /// as bytes, and an ending of ASCII letters is compared with its last bytes (a character
    /// boundary always falls before an ASCII letter in ASCII text): `hasSuffix` compares
    /// characters, at some hundred instructions an ending.
    func hasDemonymEnding(_ word: String) -> Bool {
        let ascii = word.isASCII
        let length = ascii ? word.utf8.count : word.count
        let endings = tables.demonymEndings
        for k in endings.indices where length > demonymEndingLengths[k] + 2 {
            if ascii, let letters = demonymEndingLetters[k], let ends = word.utf8.withContiguousStorageIfAvailable({ bytes in
                SharedNameLexicon.endsWith(bytes, letters)
            }) {
                if ends { return true }
            } else if word.hasSuffix(endings[k]) {
                return true
            }
        }
        return false
    }

    /// Whether `bytes` end with `suffix`, compared byte by byte.
    @inline(__always)
    private static func endsWith(_ bytes: UnsafeBufferPointer<UInt8>, _ suffix: [UInt8]) -> Bool {
        let offset = bytes.count - suffix.count
        guard offset >= 0 else { return false }
        for j in suffix.indices where bytes[offset + j] != suffix[j] { return false }
        return true
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
