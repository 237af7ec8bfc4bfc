import Foundation
import Testing

/// `factlint entities` and the name rules as a user meets them: the JSON contract of DESIGN.md
/// §5, `--explain`, and house spellings from `.factlint.yml`.
@Suite("Entities and spellings at the command line")
struct EntitiesCommandTests {
    @Test("entities --format json: name, kind and every mention; the wife and husband apart")
    func json() throws {
        let run = try CLI.run(["entities", "seeds/", "--format", "json"])
        #expect(run.status == 0)
        let entities = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        func entity(with text: String) -> [String: Any]? {
            entities.first { ($0["mentions"] as? [[String: Any]])?.contains { $0["text"] as? String == text } ?? false }
        }
        let wife = try #require(entity(with: "Svetlana Tikhanovskaya"))
        let husband = try #require(entity(with: "Sergei Tikhanovsky"))
        #expect(wife["name"] as? String == "Sviatlana Tsikhanouskaya")
        #expect(husband["name"] as? String != wife["name"] as? String)
        #expect(Set(wife.keys) == ["name", "kind", "mentions"])
        let mention = try #require((wife["mentions"] as? [[String: Any]])?.first)
        #expect(Set(mention.keys) == ["path", "line", "column", "text"])
        let trump = try #require(entity(with: "Donald Trump"))
        #expect((trump["mentions"] as? [[String: Any]])?.filter { $0["text"] as? String == "Donald" }.count == 4)
        #expect(try CLI.run(["entities", "seeds/", "--format", "json"]).stdout == run.stdout)
    }

    @Test("entities --explain says which equivalences joined spellings and why names were kept apart")
    func explain() throws {
        let run = try CLI.run(["entities", "seeds/", "--explain"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("why: joined \"Ihar Losik\""))
        #expect(run.stdout.contains("class igor"))
        #expect(run.stdout.contains("tsekanye: ts ~ t"))
        #expect(run.stdout.contains("kept apart from \"Svetlana Tikhanovskaya\": surname genders differ"))
    }

    @Test("a house spelling in .factlint.yml is the suggested fix")
    func house() throws {
        let folder = try CLI.folder([
            "a.txt": "Journalist Pavel Karpovich was sentenced to six years, his lawyer said.",
            "b.txt": "The court jailed journalist Paval Karpovich on Monday, his lawyer said.",
            ".factlint.yml": "house-spellings: [Paval Karpovich]\n",
        ])
        let run = try CLI.run([".", "--format", "json"], in: folder)
        #expect(run.status == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let findings = try #require(report["findings"] as? [[String: Any]])
        let spelling = try #require(findings.first { $0["rule"] as? String == "name-spelling" })
        #expect(spelling["fix"] as? String == "Paval Karpovich")
        let primary = try #require((spelling["locations"] as? [[String: Any]])?.first)
        #expect(primary["path"] as? String == "a.txt")
    }
}
