@testable import FactlintCore
import Testing

/// A lint run resolves names without writing reasons (`forStory(explaining: false)`, an
/// `EntityResolver` that keeps no notes): it must decide exactly what the explaining matcher
/// decides, and build the same entities.
@Suite("Matching without reasons")
struct UnexplainedMatchingTests {
    @Test("every labelled name pair: the same decision and agreement, and no reasons")
    func sameDecisions() throws {
        let explaining = RomanisationMatcher(lexicon: Fixtures.pack.lexicon.names)
        let silent = explaining.forStory(explaining: false)
        let pairs = try NamePairCorpusTests.pairs()
        #expect(pairs.count >= 200)
        var withReasons = 0
        for pair in pairs {
            for (a, b) in [(pair.a, pair.b), (pair.b, pair.a)] {
                let told = explaining.compare(a, b)
                let quiet = silent.compare(a, b)
                #expect(quiet.decision == told.decision, "line \(pair.line): \(a.text) / \(b.text)")
                #expect(quiet.agreeing == told.agreeing, "line \(pair.line): \(a.text) / \(b.text)")
                #expect(quiet.reasons.isEmpty, "line \(pair.line): \(quiet.reasons)")
                if !told.reasons.isEmpty { withReasons += 1 }
            }
        }
        // The explaining matcher does say why (else this test would compare nothing).
        #expect(withReasons >= pairs.count)
    }

    @Test("the seeds' entities are the same with and without notes, and only the explaining run has notes")
    func sameEntities() throws {
        let pipeline = Pipeline(pack: Fixtures.pack, settings: Pipeline.Settings(threads: 1))
        let analyses = try Fixtures.seedDocuments().map { pipeline.analyze($0) }
        let told = Pipeline.corpus(of: analyses, matcher: pipeline.matcher)
        let quiet = Pipeline.corpus(of: analyses, matcher: pipeline.matcher.forStory(explaining: false), explains: false)
        #expect(told.entities.count > 10)
        #expect(quiet.entities.map(\.id) == told.entities.map(\.id))
        #expect(quiet.entities.map(\.name) == told.entities.map(\.name))
        #expect(quiet.entities.map { $0.mentions.map(\.span) } == told.entities.map { $0.mentions.map(\.span) })
        #expect(quiet.claims.map(\.key) == told.claims.map(\.key))
        #expect(told.entities.contains { !$0.notes.isEmpty })
        #expect(quiet.entities.allSatisfy { $0.notes.isEmpty })
    }

    @Test("a story's documents' own clusters found on several threads give the entities found on one")
    func sameEntitiesOnThreads() throws {
        let pipeline = Pipeline(pack: Fixtures.pack, settings: Pipeline.Settings(threads: 1))
        let analyses = try Fixtures.seedDocuments().map { pipeline.analyze($0) }
        let one = Pipeline.corpus(of: analyses, matcher: pipeline.matcher)
        for threads in [2, 4] {
            let many = Pipeline.corpus(of: analyses, matcher: pipeline.matcher.forStory(explaining: true), threads: threads)
            #expect(many.entities.count == one.entities.count)
            #expect(many.entities.map(\.id) == one.entities.map(\.id))
            #expect(many.entities.map { $0.mentions.map(\.span) } == one.entities.map { $0.mentions.map(\.span) })
            #expect(many.entities.map(\.notes) == one.entities.map(\.notes))
            #expect(many.claims.map(\.key) == one.claims.map(\.key))
        }
    }

    @Test("a word that fits three people, in its article and in others, is left alone with and without notes")
    func ambiguousWordWithoutNotes() throws {
        // (A run without notes stops asking once two people fit: the word must stay alone all
        // the same, as the explaining run, which names every person it fits, leaves it.)
        let pipeline = Pipeline(pack: Fixtures.pack, settings: Pipeline.Settings(threads: 1))
        let analyses = [
            ("a.txt", "Minister Marta Velikova, Judge Petra Velikova and Mayor Anna Velikova met on Monday. Velikova said the talks went well."),
            ("b.txt", "Officials confirmed the talks on Tuesday. Velikova said a deal was near."),
            ("c.txt", "Velikova, the minister, arrived in Sofia on Monday."),
        ].map { pipeline.analyze(Document(path: $0.0, string: $0.1)) }
        let told = Pipeline.corpus(of: analyses, matcher: pipeline.matcher)
        let quiet = Pipeline.corpus(of: analyses, matcher: pipeline.matcher.forStory(explaining: false), explains: false)
        #expect(quiet.entities.map(\.id) == told.entities.map(\.id))
        #expect(quiet.entities.map { $0.mentions.map(\.span) } == told.entities.map { $0.mentions.map(\.span) })
        for person in ["Marta Velikova", "Petra Velikova", "Anna Velikova"] {
            let entity = told.entities.first { $0.name == person }
            #expect(entity?.mentions.map(\.span.text) == [person], "\(told.entities.map(\.name))")
        }
        #expect(told.entities.contains { $0.notes.contains { $0.contains("fits 3 people (") } }, "\(told.entities.map(\.notes))")
    }
}
