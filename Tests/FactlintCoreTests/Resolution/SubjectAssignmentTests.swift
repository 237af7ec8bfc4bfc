@testable import FactlintCore
import Testing

/// Which person a claim is about once names are resolved: its most likely candidate that is a
/// person, never a person named before an unrecognised name the claim is about.
@Suite("Subject assignment")
struct SubjectAssignmentTests {
    static func mention(_ text: String, _ offset: Int, kind: EntityKind?) -> EntityMention {
        let span = Span(path: "a.txt", line: 1, column: offset + 1, endLine: 1, endColumn: offset + 1 + text.count, text: text,
                        startOffset: offset, endOffset: offset + text.utf8.count)
        let parts = text.split(separator: " ").map(String.init)
        return EntityMention(span: span, name: NameValue(kind: kind, text: text, parts: parts, hasGivenName: kind == .person))
    }

    static func nameClaim(_ mention: EntityMention) -> Claim {
        Claim(key: nil, value: .name(mention.name), span: mention.span)
    }

    /// A date claim about the first candidate, resolved with the names; its key's entity name.
    static func subject(candidates: [EntityMention], names: [EntityMention]) -> String?? {
        var date = Claim(key: ClaimKey(measure: .date, event: "signed", entity: candidates.first?.name.text),
                         value: .time(TimeValue(.on(.year(2005)))),
                         span: Span(path: "a.txt", line: 1, column: 90, endLine: 1, endColumn: 94, text: "2005",
                                    startOffset: 89, endOffset: 93),
                         subject: candidates.first)
        date.subjectCandidates = candidates
        let resolver = EntityResolver(lexicon: Fixtures.pack.lexicon.names)
        let (_, claims) = resolver.resolve(names.map(nameClaim) + [date])
        guard let resolved = claims.first(where: { $0.kind == .date }) else { return .none }
        return .some(resolved.key?.entityName)
    }

    @Test("a name of unknown kind first among the candidates ends the search: no key, not the person before it")
    func unknownFirst() {
        let berg = Self.mention("Anna Berg", 0, kind: .person)
        let unknown = Self.mention("Zqx Vrw", 40, kind: nil)
        #expect(Self.subject(candidates: [unknown, berg], names: [berg, unknown]) == .some(nil))
        // The person alone is the claim's subject.
        #expect(Self.subject(candidates: [berg], names: [berg, unknown]) == .some("Anna Berg"))
    }

    @Test("a single word of unknown kind first among the candidates is passed over for the person after it")
    func unknownWordFirst() {
        let berg = Self.mention("Anna Berg", 0, kind: .person)
        let word = Self.mention("Northfieldian", 40, kind: nil)
        #expect(Self.subject(candidates: [word, berg], names: [berg, word]) == .some("Anna Berg"))
    }

    @Test("a lone surname that joined no entity is the one person its article names in full by it")
    func loneSurname() {
        let berg = Self.mention("Anna Berg", 0, kind: .person)
        let surname = Self.mention("Berg", 40, kind: nil)
        #expect(Self.subject(candidates: [surname], names: [berg]) == .some("Anna Berg"))
        // Two people of that surname in the article: the word stands for neither.
        let husband = Self.mention("Piet Berg", 20, kind: .person)
        #expect(Self.subject(candidates: [surname], names: [berg, husband]) == .some(nil))
    }

    @Test("an organisation first among the candidates is passed over for the person after it")
    func organisationFirst() {
        let berg = Self.mention("Anna Berg", 0, kind: .person)
        let club = Self.mention("Northfield Rovers Football Club", 40, kind: .organization)
        #expect(Self.subject(candidates: [club, berg], names: [berg, club]) == .some("Anna Berg"))
    }
}
