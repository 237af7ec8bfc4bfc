@testable import FactlintCore
import Testing

/// The integer keys names are filed under, and the candidate lists built from them.
@Suite("Name keys")
struct NameKeyTests {
    @Test("keys of different kinds or numbers differ; the first number keeps its low 28 bits")
    func packing() {
        #expect(NameKey(kind: 1, 5) != NameKey(kind: 2, 5))
        #expect(NameKey(kind: 3, 5, 7) != NameKey(kind: 3, 7, 5))
        #expect(NameKey(kind: 3, 5, 7) == NameKey(kind: 3, 5, 7))
        #expect(NameKey(kind: 1, 1 << 28) == NameKey(kind: 1, 0))
        #expect(NameKey(kind: 2, 0, 1 << 31) != NameKey(kind: 2, 0, 0))
        #expect(NameKey.any == NameKey(kind: 0))
    }

    @Test("two keys' lists of candidate clusters merge in order, each once")
    func union() {
        #expect(ClusterIndex.union([1, 4, 9], [2, 4, 10, 11]) == [1, 2, 4, 9, 10, 11])
        #expect(ClusterIndex.union([], [3, 5]) == [3, 5])
        #expect(ClusterIndex.union([3, 5], []) == [3, 5])
        #expect(ClusterIndex.union([3, 5], [3, 5]) == [3, 5])
        #expect(ClusterIndex.union([7], [1, 2, 3]) == [1, 2, 3, 7])
    }

    @Test("a name's keys are kept in order, each once, whether few or many")
    func distinctKeys() {
        let few = [NameKey(kind: 1, 5), NameKey(kind: 2, 5), NameKey(kind: 1, 5), NameKey(kind: 3), NameKey(kind: 2, 5)]
        #expect(RomanisationMatcher.distinct(few) == [NameKey(kind: 1, 5), NameKey(kind: 2, 5), NameKey(kind: 3)])
        let many = (0..<40).map { NameKey(kind: 1, UInt32($0 % 25)) }
        #expect(RomanisationMatcher.distinct(many) == (0..<25).map { NameKey(kind: 1, UInt32($0)) })
        #expect(RomanisationMatcher.distinct([]) == [])
    }

    @Test("an ascending array finds where a value goes by halves")
    func firstIndexNotBelow() {
        let sorted = [2, 4, 4, 9]
        #expect([0, 2, 3, 4, 5, 9, 10].map(sorted.firstIndex(notBelow:)) == [0, 0, 1, 1, 3, 3, 4])
        var growing = [1, 5]
        #expect(growing.insertOnce(3) && growing == [1, 3, 5])
        #expect(!growing.insertOnce(5) && growing == [1, 3, 5])
        #expect(growing.insertOnce(0) && growing == [0, 1, 3, 5])
    }

    @Test("a key's clusters stay in order, each once, whatever order they are filed in; look-ups merge the keys' lists")
    func filing() {
        var index = ClusterIndex()
        let (a, b, c) = (NameKey(kind: 1, 1), NameKey(kind: 1, 2), NameKey(kind: 1, 3))
        for cluster in [5, 2, 9, 2, 0, 5, 7] { index.file(cluster, under: [a]) }
        for cluster in [3, 2] { index.file(cluster, under: [b]) }
        #expect(index.filed(under: [a]) == [0, 2, 5, 7, 9])
        #expect(index.filed(under: [c, a, b]) == [0, 2, 3, 5, 7, 9])
        #expect(index.filed(under: [c]) == [])
        #expect(index.filed(under: []) == [])
    }

    @Test("thousands of keys (the table grows many times): every look-up finds what a dictionary finds")
    func manyKeys() {
        var index = ClusterIndex()
        var model: [NameKey: Set<Int>] = [:]
        var keys: [NameKey] = []
        for kind in UInt8(1)...7 {
            for first in UInt32(0)..<40 {
                for second in [UInt32(0), 1, 1 << 31, 0xFFFF_FFFF] { keys.append(NameKey(kind: kind, first, second)) }
            }
        }
        // Clusters filed under keys picked by a fixed rule, out of order and some twice.
        for cluster in 0..<300 {
            let picked = [keys[(cluster * 7) % keys.count], keys[(cluster * 13 + 5) % keys.count], keys[(cluster * 7) % keys.count]]
            index.file((cluster * 37) % 300, under: picked)
            for key in picked { model[key, default: []].insert((cluster * 37) % 300) }
        }
        for (k, key) in keys.enumerated() {
            #expect(index.filed(under: [key]) == (model[key] ?? []).sorted(), "key \(k)")
        }
        let pair = [keys[3], keys[500]]
        #expect(index.filed(under: pair) == Set(pair.flatMap { model[$0] ?? [] }).sorted())
        let several = [keys[3], NameKey(kind: 8, 1, 1), keys[500], keys[77], keys[3], keys[1000]]
        #expect(index.filed(under: several) == Set(several.flatMap { model[$0] ?? [] }).sorted())
        #expect(index.filed(under: [NameKey(kind: 8, 1, 1)]) == [])
    }

    @Test("a matcher numbers each string once, in the order met")
    func numbers() {
        let cache = MatcherCache()
        #expect(cache.number("krp") == 0)
        #expect(cache.number("zhrv") == 1)
        #expect(cache.number("krp") == 0)
    }
}
