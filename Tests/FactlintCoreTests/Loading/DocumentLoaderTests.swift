import FactlintCore
import Foundation
import Testing
import Yams

/// Loading: every span points at the words in the file as the user has it, also for HTML
/// (tags dropped, entities decoded, CRLF line ends), and documents carry their dates.
@Suite("Document loading")
struct DocumentLoaderTests {
    static func load(_ name: String, _ format: Document.Format) throws -> Document {
        let path = Fixtures.root.appendingPathComponent("loading/" + name).path
        let input = InputCollector.Input(path: path, format: format, story: "")
        return try DocumentReader().read(input).get()
    }

    /// The 1-based line and column of `needle` in a file, counted the way an editor shows them.
    static func position(of needle: String, in file: String, occurrence: Int = 1) throws -> (Int, Int) {
        let text = try String(contentsOf: Fixtures.root.appendingPathComponent("loading/" + file), encoding: .utf8)
        var lines = text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n")
        var seen = 0
        for (index, line) in lines.enumerated() {
            var rest = line[...]
            while let range = rest.range(of: needle) {
                seen += 1
                if seen == occurrence { return (index + 1, line[..<range.lowerBound].unicodeScalars.count + 1) }
                rest = rest[range.upperBound...]
            }
        }
        lines.removeAll()
        throw CocoaError(.fileReadUnknown)
    }

    @Test("HTML: only the article's text is read, and its metadata")
    func htmlText() throws {
        let document = try Self.load("storm.html", .html)
        let text = String(decoding: document.text, as: UTF8.self)
        #expect(text.contains("The storm killed 12 people & injured more than 40 on Thursday."))
        #expect(text.contains("Café owners said “over 300 homes” were damaged — the worst since 1987."))
        #expect(!text.contains("120 people"))   // script
        #expect(!text.contains("99 stories"))   // nav
        #expect(!text.contains("7 tips"))       // aside
        #expect(document.metadata.title == "Storm report")
        #expect(document.metadata.referenceDate == .day(2024, 3, 8))
    }

    @Test("HTML: spans point into the HTML file, past tags and entities, with CRLF lines")
    func htmlSpans() throws {
        let document = try Self.load("storm.html", .html)
        let claims = Pipeline(pack: Fixtures.pack, settings: .init(threads: 1)).analyze(document).claims
        for (words, needle) in [("12", "12</b>"), ("more than 40", "more than 40"), ("over 300", "over 300"),
                                ("since 1987", "since 1987"), ("Thursday", "Thursday")] {
            let claim = try #require(claims.first { $0.span.text == words }, "no claim for \(words): \(claims.map(\.span.text))")
            let (line, column) = try Self.position(of: needle, in: "storm.html")
            #expect(claim.span.line == line && claim.span.column == column, "\(words) at \(claim.span.line):\(claim.span.column), expected \(line):\(column)")
            #expect(claim.span.endColumn == column + words.unicodeScalars.count)
        }
        // The weekday resolves against the page's publication date (a Friday).
        let thursday = try #require(claims.first { $0.span.text == "Thursday" })
        #expect(thursday.value.notation == "2024-03-07")
    }

    @Test("HTML: a span across an entity covers the entity in the file")
    func entitySpan() throws {
        let document = try Self.load("storm.html", .html)
        let text = String(decoding: document.text, as: UTF8.self)
        let start = try #require(text.range(of: "Café")).lowerBound.utf16Offset(in: text)
        let utf8Start = text.utf8.distance(from: text.utf8.startIndex, to: text.index(text.startIndex, offsetBy: start))
        let span = document.span(utf8Start, utf8Start + "Café".utf8.count)
        #expect(span.text == "Caf&eacute;")
    }

    @Test("Markdown: front matter gives the title and the reference date, and is not read as text")
    func markdown() throws {
        let document = try Self.load("front-matter.md", .markdown)
        #expect(document.metadata.title == "Flood update")
        #expect(document.metadata.referenceDate == .day(2024, 6, 14))
        let claims = Pipeline(pack: Fixtures.pack, settings: .init(threads: 1)).analyze(document).claims
        let tuesday = try #require(claims.first { $0.span.text == "Tuesday" })
        #expect(tuesday.value.notation == "2024-06-11")
        #expect(tuesday.span.line == 7)
        #expect(!claims.contains { $0.span.line <= 4 })
    }

    @Test("front matter read from libyaml's events gives what the composed tree gives, or leaves it to the tree")
    func flatFrontMatter() throws {
        let flat = [
            "title: Flood update\ndate: 2024-06-14\n",
            "title: \"Quoted: with a colon\"\ndate: '2024-06-14'\n",
            "Title: >\n  Folded\n  title\nPubDate: 2024-06-14T08:00:00Z\n",
            "title: Émigrés — ünïcödé\nauthor: someone\ntags_count: 3\n",
            "title:\n",
            "{title: Flow style, date: 2024-06-14}\n",
        ]
        for yaml in flat {
            let entries = try #require(YAMLSource.flatMapping(yaml), "\(yaml)")
            let composed = try YAMLSource(path: "a.md", text: yaml).rootMapping()
            let expected = composed.compactMap { key, value -> (String, String)? in
                guard case .scalar(let k) = key, case .scalar(let v) = value else { return nil }
                return (k.string, v.string)
            }
            #expect(entries.map(\.key) == expected.map(\.0) && entries.map(\.value) == expected.map(\.1), "\(yaml)")
        }
        // Anything else is left to the composer: its answers and its error positions.
        let other = [
            "", "# only a comment\n", "- a list\n", "title: [a, b]\n", "title: {nested: map}\n", "title: &a x\ndate: *a\n",
            "title: !!str tagged\n", "title: a\ntitle: b\n", "title: a\n---\ntitle: b\n", "title: \"unclosed\n", "just text\n",
        ]
        for yaml in other { #expect(YAMLSource.flatMapping(yaml) == nil, "\(yaml)") }
    }

    @Test("folders are walked recursively in a stable order, hidden files and other extensions skipped")
    func walking() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("factlint-walk-\(UUID().uuidString)")
        for name in ["b/2.txt", "a.md", "b/1.html", ".hidden/x.txt", "c.pdf", "b/.secret.txt", "z.TXT"] {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try "text".write(to: url, atomically: true, encoding: .utf8)
        }
        let (inputs, _) = try InputCollector().collect([folder.path])
        let names = inputs.map { String($0.path.dropFirst(folder.path.count + 1)) }
        #expect(names == ["a.md", "b/1.html", "b/2.txt", "z.TXT"])
        #expect(inputs.map(\.format) == [.markdown, .html, .text, .text])
    }

    @Test("a path named twice, or inside a folder also named, is read once, under its first story")
    func namedTwice() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("factlint-twice-\(UUID().uuidString)")
        for name in ["s/b.txt", "s/a.txt", "t/c.txt"] {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try "text".write(to: url, atomically: true, encoding: .utf8)
        }
        let path = { (name: String) in folder.appendingPathComponent(name).path }
        let (inputs, notices) = try InputCollector().collect([path("t/c.txt"), folder.path, path("s/a.txt"), path("t/c.txt")],
                                                             stories: true)
        #expect(inputs.map(\.path) == [path("s/a.txt"), path("s/b.txt"), path("t/c.txt")])
        // The first naming decides the story: "t/c.txt" was named alone first, "s/a.txt" after its folder.
        #expect(inputs.map(\.story) == [path("s"), path("s"), path("t/c.txt")])
        #expect(notices.isEmpty)
    }

    @Test("line and column count Unicode scalars, after a multi-byte line")
    func unicodeColumns() {
        let claims = Fixtures.claims("Émigrés — 🇺🇦 “quoted” — said on Monday that 52 prisoners were freed.")
        let count = claims.first { $0.span.text == "52" }
        #expect(count?.span.column == 45)
        #expect(count?.span.endColumn == 47)
    }

    @Test("a metadata date is read with spaces or tabs around it, in ASCII or not")
    func isoDates() {
        let day = DatePoint.day(2025, 9, 11)
        #expect(DateParsing.day(fromISO: "2025-09-11") == day)
        #expect(DateParsing.day(fromISO: "  2025-09-11\t") == day)
        #expect(DateParsing.day(fromISO: "\t2025-09-11T08:00:00Z") == day)
        #expect(DateParsing.day(fromISO: "\u{00A0}2025-09-11\u{2003}") == day)
        #expect(DateParsing.day(fromISO: "25-09-11") == nil)
        #expect(DateParsing.day(fromISO: "   ") == nil)
        #expect(DateParsing.day(fromISO: "2025-02-30") == nil)
        // Other shapes than YYYY-MM-DD, read by the general reading.
        #expect(DateParsing.day(fromISO: "2025-9-11") == day)
        #expect(DateParsing.day(fromISO: "2025-09-1\u{301}") == nil)
        #expect(DateParsing.day(fromISO: "2025-09-11\u{301}") == nil)
        #expect(DateParsing.day(fromISO: "2025-09-11é") == day)
        #expect(DateParsing.day(fromISO: "2025/09/11") == nil)
        #expect(DateParsing.day(fromISO: "2025-13-01") == nil)
    }
}
