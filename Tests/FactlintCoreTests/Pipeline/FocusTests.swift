@testable import FactlintCore
import Testing

/// `Focus`: which paths a pre-publish check is about.
@Suite("Focus")
struct FocusPathTests {
    @Test("relative, ./, ../ and absolute spellings of one file match; a folder covers what is under it")
    func paths() {
        let focus = Focus(["story/a.txt", "other/"], relativeTo: "/work/news")
        #expect(focus.contains("story/a.txt"))
        #expect(focus.contains("./story/a.txt"))
        #expect(focus.contains("/work/news/story/a.txt"))
        #expect(focus.contains("story/../story/a.txt"))
        #expect(!focus.contains("story/b.txt"))
        #expect(!focus.contains("story/a.txt.bak"))
        #expect(focus.contains("other/deep/c.md"))
        #expect(!focus.contains("others/c.md"))
    }
}
