@testable import FactlintCore
import Testing

/// Finding a mention's entity by its file and offset, and the document count of a spelling
/// check: mentions of several files at one offset, a mention in two entities, no mention.
@Suite("Entity of a mention")
struct EntityOfMentionTests {
    static func mention(_ path: String, _ offset: Int, _ text: String = "Anna Berg") -> EntityMention {
        let span = Span(path: path, line: 1, column: offset + 1, endLine: 1, endColumn: offset + 1 + text.count, text: text,
                        startOffset: offset, endOffset: offset + text.utf8.count)
        let parts = text.split(separator: " ").map(String.init)
        return EntityMention(span: span, name: NameValue(kind: .person, text: text, parts: parts, hasGivenName: parts.count >= 2))
    }

    static func entity(_ id: String, _ mentions: [EntityMention]) -> Entity {
        Entity(id: id, name: id, kind: .person, mentions: mentions)
    }

    @Test("mentions in three files at one offset each find their own entity; a later entity takes a shared mention")
    func sameOffset() {
        let entities = [
            Self.entity("a", [Self.mention("x.txt", 10), Self.mention("y.txt", 10), Self.mention("x.txt", 40)]),
            Self.entity("b", [Self.mention("z.txt", 10), Self.mention("y.txt", 70)]),
            Self.entity("c", [Self.mention("y.txt", 10)]),
        ]
        let index = EntityOfMention(entities)
        #expect(index[Self.mention("x.txt", 10).span] == 0)
        #expect(index[Self.mention("x.txt", 40).span] == 0)
        #expect(index[Self.mention("z.txt", 10).span] == 1)
        #expect(index[Self.mention("y.txt", 70).span] == 1)
        // y.txt at 10 is a mention of both a and c: the later entity has it.
        #expect(index[Self.mention("y.txt", 10).span] == 2)
        #expect(index[Self.mention("w.txt", 10).span] == nil)
        #expect(index[Self.mention("x.txt", 11).span] == nil)
        // Entities left out are not filed.
        let people = EntityOfMention(entities) { $0.id != "c" }
        #expect(people[Self.mention("y.txt", 10).span] == 0)
    }

    @Test("an offset shared by many files (a crowd past the short list) finds each file's entity, the later entity winning")
    func crowdedOffset() {
        let count = EntityOfMention.crowd * 3
        let files = (0..<count).map { "story/article-\($0).md" }
        // Entity a has every file's mention at 5; b takes every third file's mention there, after a.
        let entities = [
            Self.entity("a", files.map { Self.mention($0, 5) }),
            Self.entity("b", files.indices.filter { $0 % 3 == 0 }.map { Self.mention(files[$0], 5) }),
            Self.entity("c", [Self.mention(files[1], 6)]),
        ]
        let index = EntityOfMention(entities)
        for (k, file) in files.enumerated() {
            #expect(index[Self.mention(file, 5).span] == (k % 3 == 0 ? 1 : 0), "\(file)")
        }
        #expect(index[Self.mention(files[1], 6).span] == 2)
        #expect(index[Self.mention("story/elsewhere.md", 5).span] == nil)
        #expect(index[Self.mention(files[2], 6).span] == nil)
        // Left out, b files nothing: every file at 5 is a's.
        let onlyA = EntityOfMention(entities) { $0.id == "a" }
        #expect(files.allSatisfy { onlyA[Self.mention($0, 5).span] == 0 })
    }

    @Test("documents of an entity's mentions: none, one file, several files")
    func documents() {
        #expect(SpellingCheck.documentCount([]) == 0)
        #expect(SpellingCheck.documentCount([Self.mention("x.txt", 1), Self.mention("x.txt", 9)]) == 1)
        #expect(SpellingCheck.documentCount([Self.mention("x.txt", 1), Self.mention("y.txt", 9), Self.mention("x.txt", 20)]) == 2)
    }
}
