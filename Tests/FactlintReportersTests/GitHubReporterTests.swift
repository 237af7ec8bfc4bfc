import FactlintCore
@testable import FactlintReporters
import Testing

@Suite("GitHub annotations reporter")
struct GitHubReporterTests {
    @Test("the sample result gives the golden annotations")
    func golden() throws {
        try Golden.check(GitHubReporter().report(SampleResult.result), against: "sample.github.txt")
    }

    @Test("messages and properties are escaped as actions/toolkit does")
    func escaping() {
        #expect(GitHubReporter.escapeData("100%\r\nnext: a, b") == "100%25%0D%0Anext: a, b")
        #expect(GitHubReporter.escapeProperty("story/b, draft.md: 1%") == "story/b%2C draft.md%3A 1%25")
    }

    @Test("one command per finding, levels mapped, every line a command or the summary")
    func commands() {
        let lines = GitHubReporter().report(SampleResult.result).split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines[0].hasPrefix("::error file=story/b%2C draft.md,line=3,col=10,endLine=3,endColumn=15,title=factlint count-conflict::"))
        #expect(lines[1].hasPrefix("::notice file=story/b%2C draft.md,line=5,"))
        #expect(lines[2].hasPrefix("::warning file=story/ü.html,line=9,col=30,"))
        #expect(lines[2].contains("(100%25 sure: <&> ok)"))
        #expect(lines[3].hasPrefix("factlint: 3 documents"))
    }
}
