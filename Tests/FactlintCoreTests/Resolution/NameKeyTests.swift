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

    @Test("candidate clusters come out sorted, each once")
    func sortedOnce() {
        #expect(ClusterIndex.sortedOnce([4, 1, 4, 2, 1, 9]) == [1, 2, 4, 9])
        #expect(ClusterIndex.sortedOnce([]) == [])
        #expect(ClusterIndex.sortedOnce([3, 3, 3]) == [3])
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

    @Test("a matcher numbers each string once, in the order met")
    func numbers() {
        let cache = MatcherCache()
        #expect(cache.number("krp") == 0)
        #expect(cache.number("zhrv") == 1)
        #expect(cache.number("krp") == 0)
    }
}
