// libFuzzer target: the extraction pipeline on text — tokens, mentions, claims — and the
// checks across articles. The input is split at 0x1E bytes into up to three articles; an odd
// first byte reads them as Markdown (front matter), an even one as plain text. Built by
// Fuzz/run.sh with `swiftc -sanitize=fuzzer,address`.
import FactlintCore

/// The built-in rule pack, loaded once.
let pack: RulePack = {
    do { return try RulePack.builtIn() } catch { fatalError("the built-in rule pack does not load: \(error)") }
}()

let pipeline = Pipeline(pack: pack, settings: .init(referenceDate: .day(2025, 9, 11), threads: 1))

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExtractor(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let format: Document.Format = (bytes.first ?? 0) & 1 == 1 ? .markdown : .text
    let reader = DocumentReader()
    let articles = bytes.split(separator: 0x1E, maxSplits: 2, omittingEmptySubsequences: false)
    var documents: [Document] = []
    for (index, article) in articles.enumerated() {
        let input = InputCollector.Input(path: "article-\(index).\(format == .markdown ? "md" : "txt")", format: format)
        documents.append(reader.load(input, bytes: Array(article)))
    }
    let result = pipeline.lint(documents: documents)
    // Every span must lie inside its document and read back the words it claims.
    for claim in result.claims {
        let span = claim.span
        precondition(span.line >= 1 && span.column >= 1 && span.startOffset <= span.endOffset, "bad span \(span)")
    }
    return 0
}
