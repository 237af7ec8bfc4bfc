import FactlintCore
import Testing

/// The name and romanisation sections of lexicon files: typed, and every mistake reported at
/// its `file:line:column`.
@Suite("Name lexicon sections")
struct NameSectionsTests {
    static func load(_ text: String) throws(InputError) -> Lexicon {
        var lexicon = Lexicon()
        try LexiconLoader.apply(path: "extra.yml", text: text, to: &lexicon)
        return lexicon
    }

    static func error(_ text: String) -> String? {
        do {
            _ = try load(text)
            return nil
        } catch {
            return error.description
        }
    }

    @Test("the built-in pack reads the romanisation data")
    func builtIn() {
        let names = Fixtures.pack.lexicon.names
        #expect(names.equivalences.contains { $0.id == "akanye" && $0.cost > 0 })
        #expect(names.equivalences.contains { $0.id == "х" && $0.cost == 0 })
        #expect(names.givenNameClassOfForm["siarhei"] == names.givenNameClassOfForm["sergei"])
        #expect(names.genderedEnding(of: "tikhanovskaya")?.gender == .female)
        #expect(names.surname("tsikhanouskaya", as: .male) == "tsikhanouski")
        #expect(names.latin("Ціханоўская") == "cihanouskaya")
        #expect(names.kinTerms["husband"] == .male)
    }

    @Test("a newsroom adds a given-name class and an equivalence")
    func extend() throws {
        let lexicon = try Self.load("""
            given-name-classes:
              bohuslau: {gender: m, forms: [Bohuslau, Bogoslav]}
            cognate-alternations:
              - {id: hard-a, forms: [e, a], cost: 0.3}
            """)
        #expect(lexicon.names.givenNames["bogoslav"] == "m")
        #expect(lexicon.names.equivalences.first?.id == "hard-a")
    }

    @Test("mistakes name the file, line and column")
    func errors() {
        #expect(Self.error("surname-genders:\n  sk: {m: [sky], x: [ska]}\n")?.hasPrefix("extra.yml:2:") == true)
        #expect(Self.error("given-name-classes:\n  a: {gender: m, forms: [ivan]}\n  b: {gender: m, forms: [ivan]}\n")?
            .contains("extra.yml:3:") == true)
        #expect(Self.error("cognate-alternations:\n  - {id: x, forms: [a, o], cost: 1.5}\n")?.contains("cost must be") == true)
        #expect(Self.error("cognate-alternations:\n  - {id: x, forms: [a, o]}\n")?.contains("needs a 'cost'") == true)
        #expect(Self.error("letter-folds:\n  ch: c\n")?.hasPrefix("extra.yml:2:3: error: letter-folds maps single letters") == true)
        #expect(Self.error("romanisation-classes:\n  - {id: x, forms: [a, b], where: middle}\n")?.contains("unknown place 'middle'") == true)
    }
}
