import FactlintCore
import Foundation
import Testing

/// `EnglishStemmer` against the Snowball project's own test data: every word of its reference
/// vocabulary when `../shared` is beside the checkout, and a committed sample of it always.
@Suite("English stemmer")
struct EnglishStemmerTests {
    /// The Snowball English vocabulary and its stems, beside the checkout when present.
    static let vocabularyFolder = Fixtures.repository
        .deletingLastPathComponent().appendingPathComponent("shared/corpora/snowball-english")

    static var vocabularyIsPresent: Bool {
        FileManager.default.fileExists(atPath: vocabularyFolder.appendingPathComponent("voc.txt").path)
    }

    /// Word and stem pairs from `Tests/Fixtures/stemmer/sample.tsv` (comment lines skipped).
    static func sample() throws -> [(word: String, stem: String)] {
        try Fixtures.text("stemmer/sample.tsv").split(separator: "\n")
            .filter { !$0.hasPrefix("#") }
            .map { line in
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                return (String(fields[0]), String(fields.count > 1 ? fields[1] : ""))
            }
    }

    @Test("stems every word of Snowball's reference vocabulary as Snowball does",
          .enabled(if: vocabularyIsPresent, "../shared/corpora/snowball-english is not beside the checkout"))
    func fullVocabulary() throws {
        let words = try String(contentsOf: Self.vocabularyFolder.appendingPathComponent("voc.txt"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        let stems = try String(contentsOf: Self.vocabularyFolder.appendingPathComponent("output.txt"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        try #require(words.count == stems.count && words.count > 40_000)
        var mismatches: [String] = []
        for (word, stem) in zip(words, stems) where EnglishStemmer.stem(String(word)) != stem {
            mismatches.append("\(word) → \(EnglishStemmer.stem(String(word))), Snowball: \(stem)")
        }
        print("EnglishStemmer: \(words.count - mismatches.count)/\(words.count) of Snowball's vocabulary")
        #expect(mismatches.isEmpty, "\(mismatches.count) differ, first: \(mismatches.prefix(20).joined(separator: "; "))")
    }

    @Test("stems the committed sample of Snowball's vocabulary as Snowball does")
    func committedSample() throws {
        let sample = try Self.sample()
        #expect(sample.count >= 300)
        for (word, stem) in sample {
            #expect(EnglishStemmer.stem(word) == stem, "\(word)")
        }
    }

    @Test("stemming is pure: the same stems in any order, repeated, and from several tasks at once")
    func pure() async throws {
        let words = try Self.sample().map(\.word)
        let forward = words.map(EnglishStemmer.stem)
        let backward = Array(words.reversed().map(EnglishStemmer.stem).reversed())
        #expect(forward == backward)
        let concurrent = await withTaskGroup(of: (Int, [String]).self) { group in
            for task in 0..<4 {
                group.addTask { (task, words.map(EnglishStemmer.stem)) }
            }
            var results: [[String]] = []
            for await (_, stems) in group { results.append(stems) }
            return results
        }
        #expect(concurrent.count == 4 && concurrent.allSatisfy { $0 == forward })
    }

    @Test("every short string of the letters the rules name stems without trapping and never grows")
    func shortStrings() {
        let alphabet = Array("aeiy'sdlgn").map(String.init)
        var words = [""]
        var all: [String] = []
        for _ in 1...4 {
            words = words.flatMap { word in alphabet.map { word + $0 } }
            all += words
        }
        #expect(all.count == 11_110)
        for word in all {
            #expect(EnglishStemmer.stem(word).utf8.count <= word.utf8.count, "\(word)")
        }
        #expect(EnglishStemmer.stem("''s'") == "")
    }

    @Test("a typographic apostrophe is read as ', and other non-ASCII words are left as they are")
    func nonASCII() {
        #expect(EnglishStemmer.stem("there\u{2019}s") == EnglishStemmer.stem("there's"))
        #expect(EnglishStemmer.stem("there\u{2019}s") == "there")
        #expect(EnglishStemmer.stem("\u{2018}aa\u{2019}") == "aa")
        #expect(EnglishStemmer.stem("naïvely") == "naïvely")
        #expect(EnglishStemmer.stem("cafés") == "cafés")
        #expect(EnglishStemmer.stem("") == "")
    }
}
