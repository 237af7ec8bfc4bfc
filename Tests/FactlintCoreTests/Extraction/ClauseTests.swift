@testable import FactlintCore
import Testing

/// Clauses: a sentence cut at the lexicon's clause breaks and at a comma before a clause
/// opener. A break written as a word (a newsroom's addition) cuts as a mark does.
@Suite("Clauses")
struct ClauseTests {
    static func context(_ text: String, _ lexicon: Lexicon) -> ExtractionContext {
        let document = Document(path: "a.txt", string: text)
        return ExtractionContext(document: document, text: lexicon.tokenizer.tokenize(Array(text.utf8)), lexicon: lexicon)
    }

    static func clause(_ context: ExtractionContext, around word: String) -> String {
        guard let index = context.norms.firstIndex(of: word) else { return "(no \(word))" }
        return context.clause(containing: index).map { context.norms[$0] }.joined(separator: " ")
    }

    @Test("the built-in breaks are marks: a semicolon and a comma before an opener cut, words do not")
    func marks() {
        let lexicon = Fixtures.pack.lexicon
        #expect(!lexicon.clauseBreaksHaveWords)
        let context = Self.context("Police freed 12 hostages; 3 remain held, but talks go on whereas rebels wait.", lexicon)
        #expect(Self.clause(context, around: "freed") == "police freed 12 hostages ;")
        #expect(Self.clause(context, around: "remain") == "3 remain held ,")
        #expect(Self.clause(context, around: "rebels").hasSuffix("whereas rebels wait ."))
    }

    @Test("a clause break written as a word cuts the clause after it")
    func words() {
        var lexicon = Fixtures.pack.lexicon
        lexicon.clauseBreaks.insert("whereas")
        lexicon.compile()
        #expect(lexicon.clauseBreaksHaveWords)
        let context = Self.context("Police freed 12 hostages; 3 remain held, but talks go on whereas rebels wait.", lexicon)
        #expect(Self.clause(context, around: "rebels") == "rebels wait .")
        #expect(Self.clause(context, around: "freed") == "police freed 12 hostages ;")
    }
}
