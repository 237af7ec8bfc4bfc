import FactlintCore
import Testing

/// Names found without a model: persons, organisations, places, roles and relatives.
@Suite("NameExtractor")
struct NameExtractorTests {
    static func names(_ text: String) -> [NameValue] {
        Fixtures.claims(text).compactMap { claim in
            if case .name(let name) = claim.value { return name }
            return nil
        }
    }

    static func name(_ text: String, _ words: String) -> NameValue? {
        names(text).first { $0.text == words }
    }

    @Test("common English given names make a person; a given name that is also a place does not")
    func englishGivenNames() {
        #expect(Self.name("The agent represented Johnny Damon, who signed with the club in 2005.", "Johnny Damon")?.kind == .person)
        #expect(Self.name("Witnesses told reporters that Betty Page had left.", "Betty Page")?.kind == .person)
        #expect(Self.name("Prosecutors charged Reggie Bush on Monday.", "Reggie Bush")?.kind == .person)
        // Austin is a city as often as a man: no given name, no person by that alone.
        #expect(Self.name("The storm flooded streets across Austin Texas on Monday.", "Austin Texas")?.kind != .person)
    }

    @Test("an occupation opening the sentence is a title, not part of the name")
    func occupationTitle() {
        let names = Self.names("Firefighter Ana Sousa, 29, remains in hospital in Porto.")
        #expect(names.first?.text == "Ana Sousa")
        #expect(names.first?.title == "Firefighter")
    }

    @Test("a dotted acronym is one organisation word, periods kept")
    func dotted() {
        let us = Self.name("Officials said the U.S. embassy would reopen.", "U.S.")
        #expect(us?.kind == .organization)
        #expect(us?.parts == ["U.S."])
    }

    @Test("a title opening the sentence makes a person, and its first word is no name")
    func sentenceTitle() {
        let names = Self.names("Opposition leader Tatsiana Zhuravskaya said the talks failed.")
        #expect(names.map(\.text) == ["Tatsiana Zhuravskaya"])
        #expect(names.first?.kind == .person)
        #expect(names.first?.title == "Opposition leader")
    }

    @Test("a role in apposition, with its rank words and its scope")
    func apposition() {
        let name = Self.name("Tomas Berg, the deputy envoy for trade, arrived on Monday.", "Tomas Berg")
        #expect(name?.appositive == "deputy envoy for trade")
        let listed = Self.name("The prize went to Maxim Orlovsky, journalist Anna Belova and others.", "Maxim Orlovsky")
        #expect(listed?.appositive == nil)
    }

    @Test("a rank word before a title belongs to it")
    func rank() {
        #expect(Self.name("The bridge was opened by acting governor Ilona Marsh.", "Ilona Marsh")?.title == "acting governor")
    }

    @Test("a place cue makes a place; an adjective of nationality before a noun does not")
    func places() {
        #expect(Self.name("Thousands of protesters marched again in Hrodna on Sunday evening.", "Hrodna")?.kind == .place)
        #expect(Self.name("Dozens remain in Belarusian jails.", "Belarusian")?.kind == nil)
    }

    @Test("a given name after a kin word is linked to the relative")
    func kin() {
        let name = Self.name("Activist Tatsiana Zhuravskaya, whose husband, Paval, was jailed, spoke on Monday.", "Paval")
        #expect(name?.kind == .person)
        #expect(name?.kin?.relation == "husband")
        #expect(name?.kin?.gender == .male)
        #expect(name?.kin?.of == ["Tatsiana", "Zhuravskaya"])
    }

    @Test("a name in Cyrillic is a person by its given name")
    func cyrillic() {
        #expect(Self.name("The court in the capital freed Ігар Лосік on Thursday, his lawyer said.", "Ігар Лосік")?.kind == .person)
        #expect(Self.name("The court in the capital freed Игорь Лосик on Thursday, his lawyer said.", "Игорь Лосик")?.kind == .person)
    }
}
