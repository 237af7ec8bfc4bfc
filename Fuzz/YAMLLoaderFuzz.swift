// libFuzzer target: the YAML readers of rule files, lexicon files and the configuration,
// each with its file:line:column errors, then a lint with whatever they accepted (a lexicon
// entry the loader lets through must not crash extraction). The tree read without positions
// (lexicon files) is checked against Yams' composer on every input it reads, and a lexicon
// file must load the same way with and without positions. Built by Fuzz/run.sh with
// `swiftc -sanitize=fuzzer,address`.
@testable import FactlintCore
import Yams

let builtIn: RulePack = {
    do { return try RulePack.builtIn() } catch { fatalError("the built-in rule pack does not load: \(error)") }
}()

/// Articles that exercise most extractors, linted with each accepted lexicon.
let sample = [
    Document(path: "a.txt", string: "More than 1,000 political prisoners remain, Viasna said on Thursday. Ihar Losik, 33, was freed after 15 years.",
             referenceDate: .day(2025, 9, 11)),
    Document(path: "b.txt", string: "About 1,200 prisoners remain in jail since 2020, and 52 were released in September 2025.",
             referenceDate: .day(2025, 9, 11)),
]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzYAMLLoaders(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    if let rule = try? RuleLoader.load(path: "Rules/fuzz-rule.yml", text: text) {
        var pack = builtIn
        pack.rules.append(rule)
        _ = Pipeline(pack: pack, settings: .init(threads: 1)).lint(documents: sample)
    }
    if let plain = YAMLSource.plainTree(text) {
        guard let composed = try? YAMLSource(path: "fuzz.yml", text: text).root, composed == plain else {
            fatalError("the tree read without positions differs from Yams' composer's")
        }
    }
    var quick = builtIn.lexicon
    let quickLoads = (try? LexiconLoader.apply(path: "Rules/lexicon/fuzz.yml", text: text, to: &quick, positions: false)) != nil
    var lexicon = builtIn.lexicon
    let loads = (try? LexiconLoader.apply(path: "Rules/lexicon/fuzz.yml", text: text, to: &lexicon)) != nil
    if quickLoads != loads { fatalError("a lexicon file loads differently without positions") }
    if loads {
        var pack = builtIn
        pack.lexicon = lexicon
        _ = Pipeline(pack: pack, settings: .init(threads: 1)).lint(documents: sample)
    }
    if let configuration = try? ConfigurationLoader.parse(path: ".factlint.yml", text: text) {
        var pack = builtIn
        if (try? configuration.apply(to: &pack)) != nil {
            _ = Pipeline(pack: pack, settings: .init(threads: 1, houseSpellings: configuration.houseSpellingMap)).lint(documents: sample)
        }
        _ = configuration.admits("stories/a.txt")
    }
    return 0
}
