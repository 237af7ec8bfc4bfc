@testable import FactlintCore
import Testing

/// Fits of names to corpus clusters carried on as the clusters gain forms: the same decision
/// and match as `EntityResolver.fit` over all the forms, each form compared once.
@Suite("Cluster fits")
struct ClusterFitsTests {
    /// A matcher that counts its comparisons and calls two names the same when their texts
    /// are, different when their last words differ, and unsure otherwise.
    final class CountingMatcher: NameMatcher, @unchecked Sendable {
        var comparisons = 0

        func compare(_ a: NameValue, _ b: NameValue) -> NameMatch {
            comparisons += 1
            if a.text == b.text { return NameMatch(.same, ["\(a.text) = \(b.text)"], agreeing: 2) }
            if a.parts.last != b.parts.last { return NameMatch(.different, ["\(a.text) vs \(b.text)"]) }
            return NameMatch(.unsure, ["\(a.text) ~ \(b.text)"], agreeing: 1)
        }
    }

    static func mention(_ text: String) -> EntityMention {
        EntityOfMentionTests.mention("a.txt", 0, text)
    }

    @Test("each step gives EntityResolver.fit's decision and match, the forms compared before not compared again")
    func carriedOn() {
        let matcher = CountingMatcher()
        let resolver = EntityResolver(matcher: matcher)
        let fits = ClusterFits()
        var cluster = EntityCluster(full: Self.mention("Anna Berg").name, kind: .person, mention: Self.mention("Anna Berg"))
        let names = ["Anna Berg", "A. Berg", "Anna Lind"].map { Self.mention($0).name }
        var compared = 0
        for next in ["Ann Berg", "Anna Berg-Lind", "Anne Berg"] {
            for name in names {
                let before = matcher.comparisons
                let carried = fits.fit(name, 0, cluster.forms, matcher)
                compared += matcher.comparisons - before
                let whole = resolver.fit(name, cluster)
                #expect(carried.0 == whole.0, "\(name.text)")
                #expect(carried.1 == whole.1, "\(name.text)")
            }
            cluster.add(Self.mention(next))
        }
        // "Anna Lind" differs from the first form and is compared with no other; the other
        // two names with each of the three forms they met once.
        #expect(compared == 1 + 2 * 3)
    }

    @Test("a name the same as every form so far is different once a form it differs from is added")
    func turnsDifferent() {
        let matcher = CountingMatcher()
        let fits = ClusterFits()
        let name = Self.mention("Anna Berg").name
        var forms = [name]
        #expect(fits.fit(name, 0, forms, matcher).0 == .same)
        forms.append(Self.mention("Anna Lind").name)
        #expect(fits.fit(name, 0, forms, matcher).0 == .different)
        forms.append(Self.mention("Anna Berg Jr").name)
        #expect(fits.fit(name, 0, forms, matcher).0 == .different)
        #expect(matcher.comparisons == 2)
    }
}
