import FactlintCore
import Testing

/// The ways news states a count beyond "N NOUN were VERBED": each test is one class of sentence,
/// written here, that would go unkeyed without the mechanism it names.
@Suite("News coverage")
struct NewsCoverageTests {
    static func keys(_ text: String) -> [String: String?] { Fixtures.claimKeys(text) }

    @Test("a casualty word for a noun counts people: \"N dead and M injured\", \"left N dead\"")
    func nounlessCasualties() {
        let keys = Self.keys("By evening there were at least 310 dead and 1,420 injured, the agency said.")
        #expect(keys["at least 310"] == .some("people · killed"))
        #expect(keys["1,420"] == .some("people · injured"))
        #expect(Self.keys("The storm left 14 dead in the port town.")["14"] == .some("people · killed"))
        #expect(Self.keys("Police said 31 missing after the landslide.")["31"] == .some("people · missing"))
    }

    @Test("lives and bodies count the dead; a rescue of lives is a rescue")
    func livesAndBodies() {
        #expect(Self.keys("The flood claimed over 700 lives in the valley.")["over 700"] == .some("people · killed"))
        #expect(Self.keys("Officials reported a tragic loss of over 650 lives.")["over 650"] == .some("people · killed"))
        #expect(Self.keys("Rescuers said 23 bodies were recovered from the rubble.")["23"] == .some("people · killed"))
        #expect(Self.keys("The new dam saved 300 lives.")["300"] == .some("people · rescued"))
    }

    @Test("a toll is the subject across a relative clause, and may be followed by where it holds")
    func tollAcrossRelativeClause() {
        #expect(Self.keys("The death toll from the cyclone, which struck the coast on Friday, has risen to at least 88.")["at least 88"]
            == .some("people · killed"))
        #expect(Self.keys("The toll has risen to 92 across four provinces.")["92"] == .some("people · killed"))
        // Without a toll noun a relative clause lends nothing.
        #expect(Self.keys("The storm, which struck the coast on Friday, has risen to 88.")["88"] == .some(nil))
    }

    @Test("attendance and turnout are totals of their events")
    func otherTolls() {
        #expect(Self.keys("Attendance at the rally was put at 12,000.")["12,000"] == .some("people · attended"))
        #expect(Self.keys("Turnout stood at 3,100,000.")["3,100,000"] == .some("people · voted"))
    }

    @Test("property damage counts its own things, each keyed as its singular")
    func propertyDamage() {
        let keys = Self.keys("About 420 houses were destroyed and 900 damaged, while the quake razed eight villages.")
        #expect(keys["About 420"] == .some("house · destroyed"))
        #expect(keys["900"] == .some("house · damaged"))
        #expect(keys["eight"] == .some("village · destroyed"))
        #expect(Self.keys("The blaze demolished 14 churches.")["14"] == .some("church · destroyed"))
    }

    @Test("lay-offs count workers by any verb of the class, and only workers")
    func layoffs() {
        #expect(Self.keys("The company will lay off 4,200 employees.")["4,200"] == .some("workers · laid-off · projection"))
        #expect(Self.keys("The carmaker is shedding 1,500 jobs.")["1,500"] == .some("workers · laid-off"))
        #expect(Self.keys("The firm said it fired 300 staff.")["300"] == .some("workers · laid-off"))
        // "fire" counts workers only: rockets are no lay-off, nor is a fire's date.
        #expect(Self.keys("Troops fired 30 rockets across the border.")["30"] == .some(nil))
        #expect(Self.keys("A fire broke out at the depot on 3 March 2021.")["3 March 2021"] == .some(nil))
    }

    @Test("designating armed groups is an event over the groups, not over whatever is declared")
    func designation() {
        #expect(Self.keys("The president declared 17 gangs terrorist organisations.")["17"] == .some("armed groups · designated"))
        #expect(Self.keys("The president signed a decree designating 15 drug trafficking groups.")["15"] == .some("armed groups · designated"))
        #expect(Self.keys("The governor declared a state of emergency on 4 May 2021.")["4 May 2021"] == "state-of-emergency · declared · date")
    }

    @Test("taking office, an escape and a disappearance date their person")
    func personEvents() {
        #expect(Self.keys("Maria Lind took office in November 2019.")["November 2019"] == .some("Maria Lind · took-office · date"))
        #expect(Self.keys("Ivan Kolar escaped from prison on 7 January 2020.")["7 January 2020"] == .some("Ivan Kolar · escaped · date"))
        // Said of one person, a vanishing is dated as the escape it reports.
        #expect(Self.keys("Ivan Kolar vanished in March 2020.")["March 2020"] == .some("Ivan Kolar · escaped · date"))
    }

    @Test("a person's event in a clause that names nobody awaits the story's one such person")
    func awaitingPerson() {
        let keys = Self.keys("The riots began after a gang leader escaped from jail on Sunday.")
        #expect(keys["Sunday"] == .some("escaped · date"))
        // A name opening the sentence past an aside is the verb's subject.
        #expect(Self.keys("Lind, daughter of one of the country's judges, took office in November 2019.")["November 2019"]
            == .some("Lind · took-office · date"))
        #expect(Self.keys("Ivan Kolar – known as the Captain – who was held in the port city, reportedly disappeared "
            + "from his cell on 7 March 2020.")["7 March 2020"] == .some("Ivan Kolar · escaped · date"))
    }

    @Test("a vote's date is the vote's own, not another round's, nor a body's named after it")
    func voteDates() {
        #expect(Self.keys("Friday's election saw low turnout, officials said on 13 June 2026.")["Friday's"] == .some("voted · date"))
        #expect(Self.keys("On 12 June 2026, the country held the first round of its presidential election.")["12 June 2026"]
            == .some("voted · date"))
        // Another round's date is that round's own, never the first round's.
        #expect(Self.keys("The run-off election is scheduled for 19 June 2026.")["19 June 2026"] == .some("runoff · date"))
        #expect(Self.keys("On 13 June 2026, an election spokesman said no candidate had won.")["13 June 2026"] == .some(nil))
        #expect(Self.keys("Turnout was the lowest for any presidential elections since 1990.")["since 1990"] == .some(nil))
    }

    @Test("\"an additional N\" is relative only to an earlier count of the same thing and event")
    func additional() {
        #expect(Self.keys("Six people died in the collapse, with an additional 40 people sustaining injuries.")["40"]
            == .some("people · injured"))
        #expect(Self.keys("Rescuers freed 12 miners on Monday. On Tuesday they freed an additional 9 miners.")["9"] == .some(nil))
    }
}

/// Election results, from `Tests/Fixtures/lexicon/election-results.yml` loaded over the pack: a
/// class that counts only some things, and whose count is its subject's own.
@Suite("Election results")
struct ElectionResultTests {
    static let pack: RulePack = {
        do {
            let text = try Fixtures.text("lexicon/election-results.yml")
            return try RulePack.load(RulePack.builtInFiles
                + [RulePack.File(path: "lexicon/election-results.yml", text: text, isLexicon: true)])
        } catch { fatalError("the election lexicon does not load: \(error)") }
    }()

    static func keys(_ text: String) -> [String: String?] {
        let claims = Pipeline(pack: pack, settings: Pipeline.Settings(threads: 1))
            .analyze(Document(path: "a.txt", string: text)).claims
        var keys: [String: String?] = [:]
        for claim in claims where claim.kind != .name && claim.kind != .quote { keys.updateValue(claim.key?.display, forKey: claim.span.text) }
        return keys
    }

    @Test("votes and seats are counted, each by its subject")
    func bySubject() {
        #expect(Self.keys("Anna Berg received 8,230,100 votes.")["8,230,100"] == .some("votes · Anna Berg · received"))
        #expect(Self.keys("The Green Party won 112 seats.")["112"] == .some("seat · Green Party · won"))
        // Without a subject the count is nobody's: not compared.
        #expect(Self.keys("The party won 112 seats.")["112"] == .some(nil))
    }

    @Test("a class that counts only votes and seats counts nothing else")
    func things() {
        #expect(Self.keys("Anna Berg won three medals.")["three"] == .some(nil))
        #expect(Self.keys("Of the 20,115,000 ballots cast, most went to the incumbent.")["20,115,000"] == .some("votes · cast"))
    }
}

/// A country's people, however a story names them.
@Suite("Nationality")
struct NationalityTests {
    @Test("a demonym plural, a nationality before a generic noun and \"from COUNTRY\" count one group")
    func oneGroup() {
        let keys = Fixtures.claimKeys("""
            Officials said 10 Greeks were freed.

            The militants released ten Greek citizens on Monday.

            The group freed 12 persons from Greece.

            Eleven Greek workers were released.
            """)
        #expect(keys["10"] == .some("Greek people · released"))
        #expect(keys["ten"] == .some("Greek people · released"))
        #expect(keys["12"] == .some("Greek people · released"))
        #expect(keys["Eleven"] == .some("Greek people · released"))
    }

    @Test("a role noun keeps its class, and a list of countries names no one nationality")
    func notUnified() {
        #expect(Fixtures.claimKeys("Rebels released 12 Greek hostages.")["12"] == .some("Greek hostages · released"))
        #expect(Fixtures.claimKeys("The release included 14 foreign nationals from Latvia, Poland and France.")["14"]
            == .some("foreign nationals · released"))
    }
}
