@testable import FactlintCore
import Testing

/// `PhraseTable.match(_:endingBefore:notBefore:)` looks up the word before `end` once and
/// tries its phrases longest first. It must answer what trying every start position with the
/// forward match answers: the earliest start, not before `notBefore`, of a phrase that ends
/// exactly at `end`.
@Suite("Phrase table")
struct PhraseTableTests {
    /// The backward match spelled out by the forward one, start by start.
    private func scan(_ table: PhraseTable<Int>, _ norms: [String], end: Int, start: Int) -> (start: Int, payload: Int)? {
        var best: (Int, Int)?
        guard max(start, 0) < end else { return nil }
        for begin in stride(from: end - 1, through: max(start, 0), by: -1) {
            if let found = table.match(norms, at: begin, limit: end), begin + found.length == end { best = (begin, found.payload) }
        }
        return best
    }

    @Test("matching backwards agrees with trying every start, on every position of many word runs")
    func backwardsAgreesWithForwards() {
        var table = PhraseTable<Int>()
        let phrases = [["a"], ["b", "a"], ["c", "b", "a"], ["a", "a"], ["a", "b"], ["d", "a", "b"], ["c", "c", "c", "c"],
                       ["b", "c"], ["e"], ["d", "e", "d"], ["b", "a"]]
        for (number, words) in phrases.enumerated() { table.add(words: words, number) }
        let alphabet = ["a", "b", "c", "d", "e", "f"]
        var generator = SplitMix(state: 42)
        var compared = 0
        var found = 0
        for _ in 0..<400 {
            var norms: [String] = []
            for _ in 0..<Int.random(in: 0...9, using: &generator) { norms.append(alphabet.randomElement(using: &generator)!) }
            for end in -1...(norms.count + 1) {
                for start in -1...max(0, end) {
                    let fast = table.match(norms, endingBefore: end, notBefore: start)
                    let slow = end <= norms.count ? scan(table, norms, end: end, start: start) : nil
                    #expect(fast?.start == slow?.start && fast?.payload == slow?.payload, "\(norms) end \(end) start \(start)")
                    compared += 1
                    if fast != nil { found += 1 }
                }
            }
        }
        #expect(compared > 10_000)
        #expect(found > 1_000)
    }

    @Test("a phrase added again keeps one entry, with the new payload, in both directions")
    func readded() {
        var table = PhraseTable<Int>()
        table.add(words: ["more", "than"], 1)
        table.add(words: ["more", "than"], 2)
        #expect(table.match(["more", "than"], at: 0)?.payload == 2)
        #expect(table.match(["x", "more", "than"], endingBefore: 3)?.start == 1)
        #expect(table.match(["x", "more", "than"], endingBefore: 3)?.payload == 2)
        #expect(table.match(["x", "more", "than"], endingBefore: 3, notBefore: 2) == nil)
    }
}
