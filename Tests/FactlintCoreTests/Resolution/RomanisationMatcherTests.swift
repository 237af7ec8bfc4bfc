import FactlintCore
import Testing

/// Decisions of the default name matcher and the reasons it gives.
@Suite("RomanisationMatcher")
struct RomanisationMatcherTests {
    static let matcher = RomanisationMatcher(lexicon: Fixtures.pack.lexicon.names)

    static func person(_ text: String, kin: Kinship? = nil) -> NameValue {
        let parts = text.split(separator: " ").map(String.init)
        return NameValue(kind: .person, text: text, parts: parts, hasGivenName: parts.count >= 2, kin: kin)
    }

    static func compare(_ a: String, _ b: String) -> NameMatch {
        matcher.compare(person(a), person(b))
    }

    @Test("one person across romanisations, with the equivalences that fired")
    func same() {
        let match = Self.compare("Svetlana Tikhanovskaya", "Sviatlana Tsikhanouskaya")
        #expect(match.decision == .same)
        let reasons = match.reasons.joined(separator: "; ")
        #expect(reasons.contains("tsekanye"))
        #expect(reasons.contains("short-u"))
        #expect(reasons.contains("class svetlana"))
    }

    @Test("a husband and a wife are two people, and the reason says so")
    func spouses() {
        let match = Self.compare("Sergei Tikhanovsky", "Svetlana Tikhanovskaya")
        #expect(match.decision == .different)
        #expect(match.reasons.contains { $0.contains("one family name, a man's and a woman's form") })
        #expect(Self.compare("Tikhanovsky", "Tikhanovskaya").decision == .different)
    }

    @Test("a surname alone is never the same, only unsure")
    func surnameAlone() {
        #expect(Self.compare("Lukashenka", "Alexander Lukashenko").decision == .unsure)
        #expect(Self.compare("Lukashenka", "Alexander Lukashenko").agreeing == 1)
        #expect(Self.compare("Lavrov", "Alexander Lukashenko").decision == .different)
    }

    @Test("names written in Cyrillic match their romanisations")
    func cyrillic() {
        #expect(Self.compare("Святлана Ціханоўская", "Svetlana Tikhanovskaya").decision == .same)
        #expect(Self.compare("Михаил Горбачёв", "Michail Gorbatschow").decision == .same)
        #expect(Self.compare("Сергей Тихановский", "Svetlana Tikhanovskaya").decision == .different)
    }

    @Test("given names are compared by class; initials by the class's first letters")
    func givenNames() {
        #expect(Self.compare("Igor Petrov", "Ihor Petrov").decision == .same)
        #expect(Self.compare("Grigory Petrov", "Georgy Petrov").decision == .different)
        #expect(Self.compare("Ye. Petrov", "Yevgeny Petrov").decision == .different)
        #expect(Self.compare("J. Petrov", "Yevgeny Petrov").decision == .same)
        #expect(Self.compare("A. Petrov", "Yevgeny Petrov").decision == .different)
    }

    @Test("patronymics, middle initials and generations tell fathers from sons")
    func generations() {
        #expect(Self.compare("Ivan Ivanovich Petrov", "Ivan Sergeyevich Petrov").decision == .different)
        #expect(Self.compare("Ivan Ivanovich Petrov", "Ivan Petrov").decision == .same)
        #expect(Self.compare("John Smith Jr.", "John Smith").decision == .different)
    }

    @Test("a relative named by a given name takes the other person's surname in the relative's gender")
    func kinship() {
        let husband = Self.person("Siarhei", kin: Kinship(relation: "husband", gender: .male, of: ["Anna", "Zavadskaya"]))
        let match = Self.matcher.compare(husband, Self.person("Sergei Zavadsky"))
        #expect(match.decision == .same)
        #expect(match.reasons.contains { $0.contains("husband of Anna Zavadskaya") })
        #expect(Self.matcher.compare(husband, Self.person("Anna Zavadskaya")).decision == .different)
    }

    @Test("acronyms: the same letters whatever the case and periods; no fuzziness")
    func acronyms() {
        func org(_ text: String) -> NameValue { NameValue(kind: .organization, text: text, parts: [text], hasGivenName: false) }
        #expect(Self.matcher.compare(org("BelTA"), org("Belta")).decision == .same)
        #expect(Self.matcher.compare(org("U.S."), org("US")).decision == .same)
        #expect(Self.matcher.compare(org("MVD"), org("MID")).decision == .different)
        #expect(Self.matcher.compare(org("EU"), org("EEU")).decision == .different)
    }

    @Test("organisations and places need every word")
    func words() {
        func place(_ text: String) -> NameValue {
            NameValue(kind: .place, text: text, parts: text.split(separator: " ").map(String.init), hasGivenName: false)
        }
        #expect(Self.matcher.compare(place("Hrodna"), place("Grodno")).decision == .same)
        #expect(Self.matcher.compare(place("Novgorod"), place("Nizhny Novgorod")).decision == .different)
        #expect(Self.matcher.compare(place("Minsk"), place("Pinsk")).decision == .different)
    }

    @Test("the budget of alternations grows with the word: one per three letters, at most three")
    func budget() {
        #expect(Self.matcher.words("kyiv", "kiev", alternations: true).0)
        #expect(Self.matcher.words("sabalenka", "sobolenko", alternations: true).0)
        #expect(!Self.matcher.words("maladzechna", "molodechno", alternations: true).0)
        #expect(!Self.matcher.words("lukashenka", "lukashenko", alternations: false).0)
    }
}
