import FactlintCore
import Testing

/// Entities across articles: one-word names attach to the one person they fit; husband and
/// wife stay apart; ambiguous names stay alone.
@Suite("EntityResolver")
struct EntityResolverTests {
    static func entities(_ articles: [(String, String)]) -> [Entity] {
        let pipeline = Pipeline(pack: Fixtures.pack, settings: Pipeline.Settings(threads: 1))
        let analyses = articles.map { pipeline.analyze(Document(path: $0.0, string: $0.1)) }
        return Pipeline.corpus(of: analyses, lexicon: Fixtures.pack.lexicon).entities
    }

    static func entity(_ entities: [Entity], with text: String, in path: String) -> Entity? {
        entities.first { $0.mentions.contains { $0.span.text == text && $0.span.path == path } }
    }

    @Test("a surname alone in another article joins the one person it fits")
    func surnameAcrossArticles() {
        let found = Self.entities([
            ("a.txt", "Opposition leader Tatsiana Zhuravskaya spoke in Warsaw on Monday."),
            ("b.txt", "The crowd cheered when Zhuravskaya arrived, activist Oleg Nowak said."),
        ])
        let person = Self.entity(found, with: "Zhuravskaya", in: "b.txt")
        #expect(person?.name == "Tatsiana Zhuravskaya")
    }

    @Test("a name written with an initial joins the full name, whichever article comes first")
    func initialFirst() {
        for (first, second) in [("a.txt", "b.txt"), ("b.txt", "a.txt")] {
            let found = Self.entities([
                (first, "Minister M. Okonkwo-Laurent opened the bridge on Monday, officials said."),
                (second, "Minister Marguerite Okonkwo-Laurent opened the bridge on Monday, officials said."),
            ])
            let initial = Self.entity(found, with: "M. Okonkwo-Laurent", in: first)
            #expect(initial != nil && initial?.id == Self.entity(found, with: "Marguerite Okonkwo-Laurent", in: second)?.id,
                    "\(first) first: \(found.map(\.name))")
        }
    }

    @Test("two romanisations of one person join; the husband stays apart from the wife")
    func spouses() {
        let found = Self.entities([
            ("a.txt", "Activist Tatsiana Zhuravskaya and her husband, Pavel Zhuravsky, were detained."),
            ("b.txt", "Activist Tatyana Zhuravskaya was released on Monday."),
        ])
        let wife = Self.entity(found, with: "Tatyana Zhuravskaya", in: "b.txt")
        #expect(wife?.mentions.contains { $0.span.text == "Tatsiana Zhuravskaya" } == true)
        let husband = Self.entity(found, with: "Pavel Zhuravsky", in: "a.txt")
        #expect(husband != nil && husband?.id != wife?.id)
        #expect(husband?.notes.contains { $0.contains("kept apart") } == true)
    }

    @Test("a given name named as someone's husband joins the husband named in full elsewhere")
    func kin() {
        let found = Self.entities([
            ("a.txt", "Activist Tatsiana Zhuravskaya, whose husband, Paval, was jailed in May, spoke on Monday."),
            ("b.txt", "Journalist Pavel Zhuravsky was jailed in May."),
        ])
        let husband = Self.entity(found, with: "Paval", in: "a.txt")
        #expect(husband?.name == "Pavel Zhuravsky")
    }

    @Test("a name that fits two people is left alone")
    func ambiguous() {
        let found = Self.entities([
            ("a.txt", "Writer Maxim Orlovsky met Maxim Belov on Monday."),
            ("b.txt", "Maxim smiled, activist Oleg Nowak said."),
        ])
        #expect(Self.entity(found, with: "Maxim Orlovsky", in: "a.txt")?.mentions.count == 1)
        #expect(Self.entity(found, with: "Maxim Belov", in: "a.txt")?.mentions.count == 1)
    }

    @Test("a name quoted in Cyrillic joins its romanisation, which names the entity on a tie of scripts")
    func cyrillic() {
        let found = Self.entities([
            ("ru.txt", "Журналист Павел Карпович заявил в понедельник, что его освободили. Карпович выступил в Варшаве."),
            ("en.txt", "Journalist Pavel Karpovich said on Monday that he had been freed. Karpovich thanked his lawyer."),
        ])
        let person = Self.entity(found, with: "Pavel Karpovich", in: "en.txt")
        #expect(person?.name == "Pavel Karpovich")
        #expect(person?.mentions.contains { $0.span.text == "Павел Карпович" } == true)
    }

    @Test("a full name of unknown kind in another article joins the person it spells another way")
    func unknownKindFullName() {
        let found = Self.entities([
            ("a.txt", "Those freed were Orna Talmi, 70; Chaya Beltzer, 81; and Ruti Galon, 64."),
            ("b.txt", "Hostage Haya Beltzer was freed on Friday, her family said."),
        ])
        let person = Self.entity(found, with: "Haya Beltzer", in: "b.txt")
        #expect(person?.mentions.contains { $0.span.text == "Chaya Beltzer" } == true, "\(found.map(\.name))")
    }

    @Test("a full name with a second surname joins the person named without it, and is no different spelling")
    func secondSurname() {
        let articles = [
            ("a.txt", "The disappearance of Tadeo Ibarrola Quintana from his cell was reported on Sunday."),
            ("b.txt", "Gang leader Tadeo Ibarrola escaped on Sunday. Ibarrola was serving a long sentence."),
        ]
        let found = Self.entities(articles)
        let person = Self.entity(found, with: "Tadeo Ibarrola", in: "b.txt")
        #expect(person?.mentions.contains { $0.span.text == "Tadeo Ibarrola Quintana" } == true, "\(found.map(\.name))")
        let rules = Set(Fixtures.lint(articles).findings.map(\.rule))
        #expect(!rules.contains("name-spelling") && !rules.contains("name-misspelling"), "\(rules)")
    }

    @Test("a word one letter from a surname in the same article is that person's surname misspelt")
    func misspeltInArticle() {
        let articles = [
            ("a.txt", "Gang leader Tadeo Ibarrola escaped on Sunday. Ibarrosa's whereabouts are unknown."),
            ("b.txt", "Gang leader Tadeo Ibarrola escaped on Sunday, officials said."),
        ]
        let found = Self.entities(articles)
        let person = Self.entity(found, with: "Tadeo Ibarrola", in: "a.txt")
        #expect(person?.mentions.contains { $0.span.text == "Ibarrosa" } == true, "\(found.map(\.name))")
        #expect(Fixtures.lint(articles).findings.contains { $0.rule == "name-misspelling" })
    }

    @Test("an organisation's words in another order, one the other's adjective, are one name when the role agrees")
    func wordOrderAndDemonym() {
        let found = Self.entities([
            ("a.txt", "Ruritania's ruling party Farmers' Party of Ruritania said on Monday that the talks would continue."),
            ("b.txt", "Ruritania's ruling party Ruritanian Farmers' Party said on Monday that the talks would continue."),
            ("c.txt", "Coastal drug cartel Valdivia Cartel said on Monday that the talks would continue."),
            ("d.txt", "Coastal drug cartel Cartel de Valdivia said on Monday that the talks would continue."),
        ])
        let party = Self.entity(found, with: "Farmers' Party of Ruritania", in: "a.txt")
        #expect(party?.kind == .organization && party?.mentions.contains { $0.span.path == "b.txt" } == true, "\(found.map(\.name))")
        let cartel = Self.entity(found, with: "Valdivia Cartel", in: "c.txt")
        #expect(cartel?.kind == .organization && cartel?.mentions.contains { $0.span.path == "d.txt" } == true, "\(found.map(\.name))")
    }

    @Test("without an agreeing role, the words in another order stay two names")
    func wordOrderWithoutRole() {
        let found = Self.entities([
            ("a.txt", "Ruritania's ruling party Farmers' Party of Ruritania said on Monday that the talks would continue."),
            ("b.txt", "The opposition movement Ruritanian Farmers' Party said on Monday that the talks would continue."),
        ])
        let party = Self.entity(found, with: "Farmers' Party of Ruritania", in: "a.txt")
        #expect(party?.mentions.contains { $0.span.path == "b.txt" } == false, "\(found.map(\.name))")
    }

    @Test("a house spelling names the entity")
    func house() {
        let pipeline = Pipeline(pack: Fixtures.pack, settings: Pipeline.Settings(threads: 1))
        let analyses = [pipeline.analyze(Document(path: "a.txt", string: "Opposition leader Tatyana Zhuravskaya spoke."))]
        let corpus = Pipeline.corpus(of: analyses, lexicon: Fixtures.pack.lexicon,
                                     houseSpellings: ["tatsiana zhuravskaya": "Tatsiana Zhuravskaya"])
        #expect(corpus.entities.first { $0.kind == .person }?.name == "Tatsiana Zhuravskaya")
    }
}
