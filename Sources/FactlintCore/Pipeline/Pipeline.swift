import Foundation

/// The whole run, stage by stage (DESIGN.md §1): load → tokenize → extract → claims, per
/// document and in parallel; then resolution and rules over the corpus (per story with
/// `--stories`). Documents are dropped once their claims are made: only claims stay in memory.
public struct Pipeline: Sendable {
    /// What a run is told besides the paths.
    public struct Settings: Sendable {
        /// `--reference-date`: for documents that carry no date of their own.
        public var referenceDate: DatePoint?
        /// Reference dates from configuration files, by the document's path (nil when none applies).
        public var configuredReferenceDate: @Sendable (String) -> DatePoint?
        /// Worker threads for the per-document stages (at least 1).
        public var threads: Int
        /// Each immediate subfolder of a path is its own story.
        public var stories: Bool
        /// House spellings: lower-cased form → preferred spelling.
        public var houseSpellings: [String: String]
        /// Caps on what one file may cost (bytes read, text analysed, claims kept).
        public var limits: Limits

        public init(referenceDate: DatePoint? = nil, configuredReferenceDate: @escaping @Sendable (String) -> DatePoint? = { _ in nil },
                    threads: Int = Pipeline.defaultThreads, stories: Bool = false, houseSpellings: [String: String] = [:],
                    limits: Limits = .standard) {
            self.referenceDate = referenceDate
            self.configuredReferenceDate = configuredReferenceDate
            self.threads = max(1, threads)
            self.stories = stories
            self.houseSpellings = houseSpellings
            self.limits = limits
        }
    }

    /// One document's share of the result.
    public struct DocumentAnalysis: Sendable {
        public var path: String
        public var story: String
        public var claims: [Claim]
        public var metadata: Metadata
        public var notices: [Notice]
        /// The document's `factlint-disable-next-line` comments.
        public var suppressions: [Suppression] = []
    }

    public let pack: RulePack
    public var settings: Settings
    /// The name matcher of the pack's lexicon, built once and shared by every story.
    public let matcher: any NameMatcher

    public init(pack: RulePack, settings: Settings = Settings()) {
        self.pack = pack
        self.settings = settings
        self.matcher = RomanisationMatcher(lexicon: pack.lexicon.names)
    }

    /// The number of cores, the default worker count.
    public static var defaultThreads: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    // MARK: - Per document

    /// Claims of one loaded document, with its reference date filled in from the settings.
    public func analyze(_ document: Document, story: String = "") -> DocumentAnalysis {
        var (document, suppressions) = SuppressionScanner.scan(document)
        if document.metadata.referenceDate == nil {
            if let date = settings.referenceDate {
                document.metadata.referenceDate = date
                document.metadata.referenceDateSource = "--reference-date"
            } else if let date = settings.configuredReferenceDate(document.path) {
                document.metadata.referenceDate = date
                document.metadata.referenceDateSource = "configuration"
            }
        }
        let (claims, limitNotices) = boundedClaims(of: document)
        let notices = (document.notices + limitNotices).map { Notice(path: document.path, message: $0) }
        return DocumentAnalysis(path: document.path, story: story, claims: claims, metadata: document.metadata, notices: notices,
                                suppressions: suppressions)
    }

    /// Reads and analyses every input, in parallel; results in input order. `progress`, if
    /// given, is called from worker threads with (documents done, documents in all).
    public func analyze(_ inputs: [InputCollector.Input], progress: (@Sendable (Int, Int) -> Void)? = nil)
        -> (analyses: [DocumentAnalysis], notices: [Notice]) {
        let reader = DocumentReader(limits: settings.limits)
        let counter = ProgressCounter(total: inputs.count, report: progress)
        let results = ParallelMap.map(inputs, threads: settings.threads) { input -> Result<DocumentAnalysis, Notice> in
            defer { counter.advance() }
            return reader.read(input).map { analyze($0, story: input.story) }
        }
        var analyses: [DocumentAnalysis] = []
        var notices: [Notice] = []
        for result in results {
            switch result {
            case .success(let analysis):
                analyses.append(analysis)
                notices += analysis.notices
            case .failure(let notice):
                notices.append(notice)
            }
        }
        return (analyses, notices)
    }

    // MARK: - Whole run

    /// Lints files and folders.
    public func lint(paths: [String]) throws(InputError) -> LintResult {
        let (inputs, walkNotices) = try InputCollector().collect(paths, stories: settings.stories)
        let (analyses, notices) = analyze(inputs)
        return lint(analyses, notices: walkNotices + notices)
    }

    /// Lints documents already in memory (tests, rule examples).
    public func lint(documents: [Document]) -> LintResult {
        lint(documents.map { analyze($0) }, notices: [])
    }

    /// Resolution and rules over analysed documents, story by story.
    public func lint(_ analyses: [DocumentAnalysis], notices: [Notice]) -> LintResult {
        let stories = Dictionary(grouping: analyses, by: \.story)
        let storyNames = stories.keys.sorted()
        let engine = RuleEngine(pack: pack)
        let outcomes = ParallelMap.map(storyNames, threads: settings.threads) { name -> (findings: [Finding], checks: [Check], claims: [Claim]) in
            let corpus = Pipeline.corpus(of: stories[name]!, matcher: matcher, houseSpellings: settings.houseSpellings)
            let (findings, checks) = engine.run(on: corpus)
            return (findings, checks, corpus.groups.values.flatMap { $0 })
        }
        var (findings, checks) = SuppressionFilter(rules: pack.rules)
            .apply(analyses.flatMap(\.suppressions), findings: outcomes.flatMap(\.findings), checks: outcomes.flatMap(\.checks))
        findings.sort { ($0.primary.span, $0.rule, $0.message) < ($1.primary.span, $1.rule, $1.message) }
        let claims = outcomes.flatMap(\.claims).sorted { $0.span < $1.span }
        let documents = analyses.map { analysis in
            LintResult.DocumentSummary(path: analysis.path, claims: analysis.claims.count { $0.key != nil },
                                       title: analysis.metadata.title, referenceDate: analysis.metadata.referenceDate)
        }.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        return LintResult(documents: documents, findings: findings, checks: checks, claims: claims,
                          rules: pack.rules.filter(\.enabled).map(\.summaryInfo), notices: notices.sorted())
    }

    /// Entities resolved and claims grouped by key, for one story, with the default matcher.
    public static func corpus(of analyses: [DocumentAnalysis], lexicon: Lexicon,
                              houseSpellings: [String: String] = [:]) -> Corpus {
        corpus(of: analyses, matcher: RomanisationMatcher(lexicon: lexicon.names), houseSpellings: houseSpellings)
    }

    /// Entities resolved by `matcher` and claims grouped by key, for one story.
    public static func corpus(of analyses: [DocumentAnalysis], matcher: any NameMatcher,
                              houseSpellings: [String: String] = [:]) -> Corpus {
        let claims = analyses.flatMap(\.claims)
        let (entities, resolved) = EntityResolver(matcher: matcher, houseSpellings: houseSpellings).resolve(claims)
        var groups: [ClaimKey: [Claim]] = [:]
        for claim in resolved {
            guard let key = claim.key else { continue }
            groups[key, default: []].append(claim)
        }
        for key in groups.keys { groups[key]!.sort { $0.span < $1.span } }
        var dates: [String: DatePoint] = [:]
        for analysis in analyses { dates[analysis.path] = analysis.metadata.referenceDate }
        return Corpus(groups: groups, claims: resolved, entities: entities, referenceDates: dates, houseSpellings: houseSpellings)
    }
}
