// libFuzzer target: the HTML loader — charset sniffing and conversion, libxml2's parser,
// locating each text node in the file — and extraction over the text it produces, so that
// every span is mapped back through the source map. Built by Fuzz/run.sh with
// `swiftc -sanitize=fuzzer,address`.
import FactlintCore

let pack: RulePack = {
    do { return try RulePack.builtIn() } catch { fatalError("the built-in rule pack does not load: \(error)") }
}()

let pipeline = Pipeline(pack: pack, settings: .init(threads: 1))

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTMLLoader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let document = DocumentReader().load(InputCollector.Input(path: "page.html", format: .html), bytes: bytes)
    let analysis = pipeline.analyze(document)
    for claim in analysis.claims {
        let span = claim.span
        precondition(span.startOffset >= 0 && span.startOffset <= span.endOffset && span.endOffset <= document.source.count,
                     "span \(span.startOffset)..<\(span.endOffset) outside a source of \(document.source.count) bytes")
    }
    return 0
}
