import FactlintCore
import Foundation
import Testing

/// Numbers in lexicon and rule files that no conversion to an integer can hold (found by the
/// YAML fuzzer: "january: 1e300" trapped): each is an error at its place, or is read within
/// bounds, never a crash.
@Suite("Hostile numbers in lexicon and rule files")
struct HostileNumbersTests {
    static func lexiconError(_ text: String) -> InputError? {
        var lexicon = Fixtures.pack.lexicon
        do {
            try LexiconLoader.apply(path: "Rules/lexicon/extra.yml", text: text, to: &lexicon)
            return nil
        } catch {
            return error
        }
    }

    @Test("a month, a year range or a matching budget beyond any integer is an error with its place")
    func lexiconNumbers() {
        for text in ["months:\n  smarch: 1e300\n", "months:\n  smarch: -1e300\n", "months:\n  smarch: nan\n",
                     "months:\n  smarch: -inf\n", "year-range: {from: 1e30, to: 2100}\n", "year-range: {from: 1800.5, to: 2100}\n",
                     "name-matching: {most-alternations: 1e300}\n", "name-matching: {letters-per-alternation: 0}\n",
                     "spelling-endings: {stem: 1e300}\n", "spelling-endings: {stem: -1}\n"] {
            let error = Self.lexiconError(text)
            #expect(error?.message.contains("must be a whole number") == true, "\(text): \(String(describing: error))")
            #expect(error?.line != nil, "\(text)")
        }
        #expect(Self.lexiconError("months:\n  smarch: 3\nyear-range: {from: 1700, to: 2200}\n") == nil)
        let empty = Self.lexiconError("spelling-endings:\n  pairs: {\"\": x}\n")
        #expect(empty?.message.contains("an ending must not be empty") == true, "\(String(describing: empty))")
        #expect(empty?.line == 2)
        #expect(Self.lexiconError("spelling-endings: {stem: 4, pairs: {ize: ise}}\n") == nil)
    }

    @Test("a quote rule's minimum-words beyond any integer, negative or not a number lints without a crash")
    func ruleOptions() throws {
        let base = try String(contentsOf: Fixtures.repository.appendingPathComponent("Rules/quote-mismatch.yml"), encoding: .utf8)
        let articles = [
            Document(path: "a.txt", string: "\"We will never accept these terms, whatever the price,\" union leader Marta Kowalczyk said."),
            Document(path: "b.txt", string: "\"We will never agree to these terms, whatever the price,\" union leader Marta Kowalczyk said."),
        ]
        var found: [Int] = []
        for value in ["1e300", "-1e300", "nan", "4"] {
            let rule = try RuleLoader.load(path: "Rules/quote-mismatch.yml",
                                           text: base.replacingOccurrences(of: "minimum-words: 4", with: "minimum-words: \(value)"))
            var pack = Fixtures.pack
            pack.rules = pack.rules.filter { $0.id != rule.id } + [rule]
            found.append(Pipeline(pack: pack, settings: .init(threads: 1)).lint(documents: articles).findings.count { $0.rule == rule.id })
        }
        // A minimum past every quote's length compares nothing; below zero and NaN compare as usual.
        #expect(found == [0, 1, 1, 1])
    }
}
