import FactlintCore
import Testing

/// The keys that rule out `same` (`NameMatcher.sameKeys`) never rule out a pair the matcher
/// calls the same: the corpus stage compares no other pair when it needs a `same` alone.
@Suite("Same keys")
struct SameKeysTests {
    let matcher = RomanisationMatcher(lexicon: Fixtures.pack.lexicon.names)

    /// Whether one of `a`'s lookup keys is among `b`'s filing keys.
    func meet(_ a: NameValue, _ b: NameValue) -> Bool {
        !Set(matcher.sameKeys(a).lookup).isDisjoint(with: matcher.sameKeys(b).filing)
    }

    func name(_ text: String, _ kind: EntityKind?, title: String? = nil) -> NameValue {
        var name = NameValue(kind: kind, text: text, parts: text.split(separator: " ").map(String.init), hasGivenName: kind == .person)
        name.title = title
        return name
    }

    @Test("every pair of the name-pair corpus the matcher calls the same meets, both ways, whatever kind either is read as")
    func sameNamesMeet() throws {
        var same = 0
        for pair in try NamePairCorpusTests.pairs() {
            for (ka, kb) in [(pair.a.kind, pair.b.kind), (nil, pair.b.kind), (pair.a.kind, nil), (nil, nil)] {
                var (a, b) = (pair.a, pair.b)
                (a.kind, b.kind) = (ka, kb)
                if matcher.compare(a, b).decision == .same {
                    same += 1
                    #expect(meet(a, b), "line \(pair.line): \(a.text) / \(b.text)")
                }
                if matcher.compare(b, a).decision == .same { #expect(meet(b, a), "line \(pair.line): \(b.text) / \(a.text)") }
            }
        }
        #expect(same >= 200)
    }

    /// Whether one of `a`'s lookup keys of `agreeingKeys` is among `b`'s filing keys.
    func agree(_ a: NameValue, _ b: NameValue) -> Bool {
        !Set(matcher.agreeingKeys(a).lookup).isDisjoint(with: matcher.agreeingKeys(b).filing)
    }

    @Test("every pair of the name-pair corpus, or of one word of a name and the other name, in which a part agrees meets under agreeingKeys")
    func agreeingNamesMeet() throws {
        var agreeing = 0
        for pair in try NamePairCorpusTests.pairs() {
            var words = [pair.a, pair.b]
            for name in [pair.a, pair.b] {
                for part in name.parts { words.append(NameValue(kind: .person, text: part, parts: [part], hasGivenName: false)) }
            }
            for a in words {
                for b in [pair.a, pair.b] {
                    for (ka, kb) in [(a.kind, b.kind), (nil, b.kind), (a.kind, nil)] {
                        var (x, y) = (a, b)
                        (x.kind, y.kind) = (ka, kb)
                        guard matcher.compare(x, y).agreeing > 0 else { continue }
                        agreeing += 1
                        #expect(agree(x, y), "line \(pair.line): \(x.text) / \(y.text)")
                    }
                }
            }
        }
        #expect(agreeing >= 500)
    }

    @Test("a surname meets the person it names, or whose second surname it is")
    func agreeingWords() {
        let person = name("Lucia Dunmore Ortega", .person)
        #expect(agree(name("Ortega", .person), person))
        #expect(agree(name("Dunmore", .person), person))
    }

    @Test("an initial meets the given names it may stand for, an acronym the name of its letters, a role the same role")
    func initialsAcronymsAndRoles() {
        let pairs = [
            (name("M. Dunmore", .person), name("Marguerite Dunmore", .person)),
            (name("Marguerite Dunmore", .person), name("M. Dunmore", .person)),
            (name("M. Dunmore", .person), name("M. Dunmore", .person)),
            (name("KLP", nil), name("Kelp", .organization)),
            (name("Tovar Ilen", .person, title: "harbour master"), name("Ilen", .person, title: "harbour master")),
        ]
        for (a, b) in pairs {
            #expect(meet(a, b), "\(a.text) / \(b.text)")
            if matcher.compare(a, b).decision == .same { #expect(meet(a, b)) }
        }
    }

    @Test("people whose given names no route makes one do not meet")
    func differentGivenNamesApart() {
        let a = name("Red Dunmore", nil)
        let b = name("Marguerite Dunmore", .person)
        #expect(matcher.compare(a, b).decision != .same)
        #expect(!meet(a, b))
        #expect(!meet(name("Tovar Ilen", .person), name("Ilen", .person)))
    }

    @Test("people of one given name whose surnames no route makes one do not meet")
    func differentSurnamesApart() {
        let a = name("Marguerite Dunmore", .person)
        let b = name("Marguerite Ilen", .person)
        #expect(matcher.compare(a, b).decision != .same)
        #expect(!meet(a, b))
        #expect(meet(a, name("Marguerite Dunmore", nil)))
    }
}
