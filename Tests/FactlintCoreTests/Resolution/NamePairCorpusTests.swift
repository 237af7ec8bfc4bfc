import FactlintCore
import Foundation
import Testing

/// The matcher against a labelled corpus of name pairs (`Tests/Fixtures/names/name-pairs.txt`):
/// precision first (two people merged is as bad as a missed spelling), recall close behind.
@Suite("Name-pair corpus")
struct NamePairCorpusTests {
    /// One labelled pair.
    struct Pair {
        var same: Bool
        var category: String
        var kind: EntityKind
        var a: NameValue
        var b: NameValue
        var reason: String
        var file: String
        var line: Int
    }

    static let hardCategories: Set<String> = ["spouses", "parent-child", "siblings", "shared-given", "near-surname",
                                              "similar-acronym", "similar-place", "similar-org"]

    /// The fixture files: the Cyrillic and Slavic pairs, and those of the other scripts.
    static let files = ["names/name-pairs.txt", "names/name-pairs-world.txt"]

    static func pairs() throws -> [Pair] {
        try files.flatMap { try pairs(in: $0) }
    }

    /// Every word of the corpus's names, folded to Latin, each once, in order: the words the
    /// aligner tests compare with their neighbours.
    static func foldedWords(_ pairs: [Pair]) -> [String] {
        let lexicon = Fixtures.pack.lexicon.names
        return Set(pairs.flatMap { $0.a.parts + $0.b.parts }.map { lexicon.latin($0) }).sorted()
    }

    static func pairs(in file: String) throws -> [Pair] {
        let text = try Fixtures.text(file)
        var pairs: [Pair] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { continue }
            let fields = trimmed.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count == 6, let kind = EntityKind(rawValue: fields[2]), ["same", "different"].contains(fields[0]) else {
                Issue.record("\(file):\(index + 1): expected 'label | category | kind | a | b | why'")
                continue
            }
            pairs.append(Pair(same: fields[0] == "same", category: fields[1], kind: kind, a: name(fields[3], kind),
                              b: name(fields[4], kind), reason: fields[5], file: file, line: index + 1))
        }
        return pairs
    }

    /// A name as the extractor gives it: its words, a final period dropped (kept inside "U.S.").
    static func name(_ text: String, _ kind: EntityKind) -> NameValue {
        let parts = text.split(separator: " ").map { word -> String in
            let letters = word.filter(\.isLetter).count
            return word.hasSuffix(".") && letters > 1 && !word.dropLast().contains(".") ? String(word.dropLast()) : String(word)
        }
        return NameValue(kind: kind, text: text, parts: parts, hasGivenName: kind == .person && parts.count >= 2)
    }

    @Test("the corpus is large and hard enough")
    func size() throws {
        let pairs = try Self.pairs()
        #expect(pairs.count >= 600)
        // At least 40 % hard negatives: spouses, relatives, shared given names, near surnames,
        // similar places, organisations and acronyms.
        #expect(Double(pairs.count { !$0.same && Self.hardCategories.contains($0.category) }) >= 0.4 * Double(pairs.count))
        // Every romanisation system has pairs of its own, same and different.
        let world = try Self.pairs(in: "names/name-pairs-world.txt")
        for system in ["arabic", "persian", "hebrew", "ukrainian", "chinese", "korean", "south-asian", "diacritics"] {
            #expect(world.count { $0.same && $0.category == system } >= 10, "too few pairs of \(system)")
        }
        #expect(pairs.allSatisfy { !$0.reason.isEmpty })
    }

    @Test("precision at least 0.98 and recall at least 0.90")
    func precisionAndRecall() throws {
        let matcher = RomanisationMatcher(lexicon: Fixtures.pack.lexicon.names)
        var truePositives = 0
        var falsePositives: [String] = []
        var misses: [String] = []
        let pairs = try Self.pairs()
        for pair in pairs {
            let match = matcher.compare(pair.a, pair.b)
            let said = match.decision == .same
            let line = "\(pair.file):\(pair.line): \(pair.a.text) / \(pair.b.text): \(match.decision.rawValue) — \(match.reasons.joined(separator: "; "))"
            if said && pair.same { truePositives += 1 }
            if said && !pair.same { falsePositives.append(line) }
            if !said && pair.same { misses.append(line) }
        }
        let precision = Double(truePositives) / Double(max(1, truePositives + falsePositives.count))
        let recall = Double(truePositives) / Double(max(1, truePositives + misses.count))
        print("name pairs: \(pairs.count) (\(pairs.count { $0.same }) same, \(pairs.count { !$0.same }) different); "
            + "precision \(String(format: "%.3f", precision)), recall \(String(format: "%.3f", recall))")
        for line in falsePositives { print("  merged wrongly: \(line)") }
        for line in misses { print("  missed: \(line)") }
        #expect(precision >= 0.98, "false merges: \(falsePositives)")
        #expect(recall >= 0.90, "misses: \(misses)")
    }
}
