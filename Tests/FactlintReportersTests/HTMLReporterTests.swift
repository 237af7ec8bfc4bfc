import CLibXML2
import FactlintCore
@testable import FactlintReporters
import Testing

@Suite("HTML reporter")
struct HTMLReporterTests {
    @Test("the sample result gives the golden HTML page")
    func golden() throws {
        try Golden.check(HTMLReporter().report(SampleResult.result), against: "sample.html")
    }

    @Test("a self-contained page: inline style, no scripts, nothing fetched")
    func selfContained() {
        let html = HTMLReporter().report(SampleResult.result)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(html.contains("<style>"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("http://") && !html.contains("https://"))
        #expect(!html.contains("<link"))
    }

    @Test("the findings list and the claim matrix hold what the result says")
    func content() {
        let html = HTMLReporter().report(SampleResult.result)
        #expect(html.components(separatedBy: "<li class=\"finding ").count - 1 == 3)
        #expect(html.contains("Prisoners &lt;released&gt; &amp; more"))
        #expect(html.contains("(100% sure: &lt;&amp;&gt; ok)"))
        let matrix = ClaimMatrix(SampleResult.result)
        #expect(matrix.rows.map(\.key) == ["prisoners · released", "prisoners · remaining", "prisoners · released · share"])
        #expect(matrix.rows.map(\.status) == ["conflict", "divergence", "agree"])
        #expect(matrix.rows[0].cells[SampleResult.b]?.status == "conflict")
        #expect(matrix.rows[2].cells[SampleResult.a]?.status == "agree")
        #expect(matrix.rows[0].cells[SampleResult.b]?.claims.first?.flagged == true)
    }

    @Test("cells link to the article at the claim's line, relative to where the report is written")
    func links() {
        let html = HTMLReporter(linkPrefix: "../").report(SampleResult.result)
        #expect(html.contains("href=\"../story/b%2C%20draft.md#L3\""))
        #expect(HTMLReporter.linkPrefix(forReportAt: "out/report.html", workingDirectory: "/work/repo") == "../")
        #expect(HTMLReporter.linkPrefix(forReportAt: "report.html", workingDirectory: "/work/repo") == "")
        #expect(HTMLReporter.linkPrefix(forReportAt: "/tmp/x/report.html", workingDirectory: "/work/repo") == "../../work/repo/")
    }

    @Test("libxml2's HTML parser reads the page back: one element per finding")
    func parsesBack() throws {
        let html = Array(HTMLReporter().report(SeedResult.result).utf8)
        let document: htmlDocPtr? = html.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlReadMemory($0, Int32(buffer.count), nil, "UTF-8", Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue))
            }
        }
        let parsed = try #require(document)
        defer { xmlFreeDoc(parsed) }
        let context = try #require(xmlXPathNewContext(parsed))
        defer { xmlXPathFreeContext(context) }
        let found = try #require(xmlXPathEvalExpression("//li[contains(@class, 'finding')]", context))
        defer { xmlXPathFreeObject(found) }
        #expect(Int(found.pointee.nodesetval?.pointee.nodeNr ?? 0) == SeedResult.result.findings.count)
    }
}
