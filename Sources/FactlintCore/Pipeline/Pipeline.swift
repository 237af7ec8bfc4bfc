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
        /// Where stage times are added up (`--timings`); nil measures nothing.
        public var timings: StageTimings?
        /// Keep every keyed claim in `LintResult.claims` (the HTML report's claim matrix reads
        /// them). Without it an archive's run keeps only findings, checks and document counts,
        /// and `LintResult.claims` is empty.
        public var keepsClaims = true

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
    /// The name matcher of the pack's lexicon, built once; each story resolves with its
    /// `forStory()` copy (the tables shared, the cache its own).
    public let matcher: any NameMatcher
    /// The pack's lexicon by reference, built once: every document's extraction context lends
    /// it rather than wrapping a copy of its tables.
    let lexicon: SharedLexicon
    /// The claim builder of the pack's lexicon, built once: one made for every window of every
    /// document copied the lexicon's tables (a retain and a release each).
    let claimBuilder: ClaimBuilder

    public init(pack: RulePack, settings: Settings = Settings()) {
        self.pack = pack
        self.settings = settings
        self.matcher = RomanisationMatcher(lexicon: pack.lexicon.names)
        self.lexicon = SharedLexicon(pack.lexicon)
        self.claimBuilder = ClaimBuilder(lexicon: pack.lexicon)
    }

    /// The number of cores, the default worker count.
    public static var defaultThreads: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    // MARK: - Per document

    /// Claims of one loaded document, with its reference date filled in from the settings.
    public func analyze(_ document: Document, story: String = "") -> DocumentAnalysis {
        var clock = StageClock(settings.timings)
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
        let (claims, limitNotices) = boundedClaims(of: document, clock: &clock)
        let notices = (document.notices + limitNotices).map { Notice(path: document.path, message: $0) }
        return DocumentAnalysis(path: document.path, story: story, claims: claims, metadata: document.metadata, notices: notices,
                                suppressions: suppressions)
    }

    /// Reads and analyses inputs on `threads` threads; results in input order. Each document is
    /// dropped as soon as its claims are made. `progress` hears of every document done.
    /// `readAhead`, if given, hears of every file read.
    func analyze(_ inputs: [InputCollector.Input], threads: Int, progress: ProgressCounter, readAhead: ReadAhead? = nil)
        -> (analyses: [DocumentAnalysis], notices: [Notice]) {
        let reader = DocumentReader(limits: settings.limits)
        let results = ParallelMap.map(inputs, threads: threads) { input -> Result<DocumentAnalysis, Notice> in
            defer { progress.advance() }
            var clock = StageClock(settings.timings)
            let document = reader.read(input)
            readAhead?.advance()
            clock.lap(.loading)
            return document.map { analyze($0, story: input.story) }
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

    /// Reads and analyses every input, in parallel; results in input order. `progress`, if
    /// given, is called from worker threads with (documents done, documents in all).
    public func analyze(_ inputs: [InputCollector.Input], progress: (@Sendable (Int, Int) -> Void)? = nil)
        -> (analyses: [DocumentAnalysis], notices: [Notice]) {
        analyze(inputs, threads: settings.threads, progress: ProgressCounter(total: inputs.count, report: progress))
    }

    // MARK: - Whole run

    /// Lints files and folders.
    public func lint(paths: [String]) throws(InputError) -> LintResult {
        let (inputs, walkNotices) = try InputCollector().collect(paths, stories: settings.stories)
        return lint(inputs, notices: walkNotices)
    }

    /// Lints the inputs story by story, streaming: a story's documents are read, analysed and
    /// dropped, then its claims are resolved and checked; only its keyed claims, findings and
    /// checks stay. Stories run in parallel (one thread each), except a story too large to
    /// share the threads fairly with the others, whose documents get every thread. The result
    /// does not depend on the number of threads. The files are read ahead of the workers
    /// (`ReadAhead`), in the order the stories are run.
    public func lint(_ inputs: [InputCollector.Input], notices: [Notice], progress: (@Sendable (Int, Int) -> Void)? = nil) -> LintResult {
        let stories = Dictionary(grouping: inputs, by: \.story)
        let names = stories.keys.sorted()
        let sizes = names.map { stories[$0]!.count }
        let counter = ProgressCounter(total: inputs.count, report: progress)
        let engine = RuleEngine(pack: pack, names: matcher as? RomanisationMatcher)
        let readAhead = ReadAhead(paths: Pipeline.storyOrder(sizes, threads: settings.threads).flatMap { stories[names[$0]]!.map(\.path) })
        readAhead.start()
        defer { readAhead.stop() }
        let outcomes = Pipeline.perStory(sizes, threads: settings.threads) { index, threads in
            let (analyses, readNotices) = analyze(stories[names[index]]!, threads: threads, progress: counter, readAhead: readAhead)
            var outcome = lintStory(analyses, engine: engine, threads: threads)
            outcome.notices = readNotices
            return outcome
        }
        return combine(outcomes, notices: notices)
    }

    /// Lints documents already in memory (tests, rule examples).
    public func lint(documents: [Document]) -> LintResult {
        lint(documents.map { analyze($0) }, notices: [])
    }

    /// Resolution and rules over analysed documents, story by story.
    public func lint(_ analyses: [DocumentAnalysis], notices: [Notice]) -> LintResult {
        let stories = Dictionary(grouping: analyses, by: \.story)
        let names = stories.keys.sorted()
        let engine = RuleEngine(pack: pack, names: matcher as? RomanisationMatcher)
        let outcomes = ParallelMap.map(names, threads: settings.threads) { lintStory(stories[$0]!, engine: engine) }
        return combine(outcomes, notices: notices)
    }

    /// What one story leaves behind once its documents are gone.
    struct StoryOutcome: Sendable {
        var findings: [Finding]
        var checks: [Check]
        /// The story's keyed claims (for the claim matrix).
        var claims: [Claim]
        var documents: [LintResult.DocumentSummary]
        var suppressions: [Suppression]
        var notices: [Notice]
    }

    /// Resolution and rules for one story.
    func lintStory(_ analyses: [DocumentAnalysis], engine: RuleEngine, threads: Int = 1) -> StoryOutcome {
        var clock = StageClock(settings.timings)
        // A lint run shows no entity's notes: its story's resolution writes none.
        let corpus = Pipeline.corpus(of: analyses, matcher: matcher.forStory(explaining: false), houseSpellings: settings.houseSpellings,
                                     explains: false, threads: threads)
        clock.lap(.resolution)
        let (findings, checks) = engine.run(on: corpus)
        clock.lap(.rules)
        let documents = analyses.map { analysis in
            LintResult.DocumentSummary(path: analysis.path, claims: analysis.claims.count { $0.key != nil },
                                       title: analysis.metadata.title, referenceDate: analysis.metadata.referenceDate)
        }
        let claims = settings.keepsClaims ? corpus.groups.values.flatMap { $0 } : []
        return StoryOutcome(findings: findings, checks: checks, claims: claims, documents: documents,
                            suppressions: analyses.flatMap(\.suppressions), notices: [])
    }

    /// The stories' outcomes (in story order) as one result, sorted for output.
    private func combine(_ outcomes: [StoryOutcome], notices: [Notice]) -> LintResult {
        var (findings, checks) = SuppressionFilter(rules: pack.rules)
            .apply(outcomes.flatMap(\.suppressions), findings: outcomes.flatMap(\.findings), checks: outcomes.flatMap(\.checks))
        findings.sort { ($0.primary.span, $0.rule, $0.message) < ($1.primary.span, $1.rule, $1.message) }
        let claims = outcomes.flatMap(\.claims).sorted { $0.span < $1.span }
        let documents = outcomes.flatMap(\.documents).sorted { $0.path.utf8Precedes($1.path) }
        return LintResult(documents: documents, findings: findings, checks: checks, claims: claims,
                          rules: pack.rules.filter(\.enabled).map(\.summaryInfo),
                          notices: (notices + outcomes.flatMap(\.notices)).sorted())
    }

    /// Runs `work` for every story (given by its document count), results in story order. A
    /// story with more than its share of the documents (a quarter of a thread's share) is run
    /// alone with every thread on its documents; the others run side by side, one thread each,
    /// largest first so that no big story is left for the end.
    public static func perStory<Output: Sendable>(_ sizes: [Int], threads: Int,
                                           _ work: @Sendable (_ story: Int, _ threads: Int) -> Output) -> [Output] {
        let (alone, small) = storyRuns(sizes, threads: threads)
        var results = [Output?](repeating: nil, count: sizes.count)
        for index in alone { results[index] = work(index, threads) }
        let done = ParallelMap.map(small, threads: threads) { work($0, 1) }
        for (index, outcome) in zip(small, done) { results[index] = outcome }
        return results.map { $0! }
    }

    /// The order in which `perStory` starts the stories: those run alone, then the others.
    static func storyOrder(_ sizes: [Int], threads: Int) -> [Int] {
        let (alone, small) = storyRuns(sizes, threads: threads)
        return alone + small
    }

    /// The stories `perStory` runs alone with every thread (in story order), and those it runs
    /// side by side, largest first.
    private static func storyRuns(_ sizes: [Int], threads: Int) -> (alone: [Int], small: [Int]) {
        let total = sizes.reduce(0, +)
        let share = max(2 * threads, total / (4 * threads))
        var alone: [Int] = []
        var small: [Int] = []
        for index in sizes.indices {
            if threads > 1, sizes.count > 1, sizes[index] <= share { small.append(index) } else { alone.append(index) }
        }
        small.sort { sizes[$0] > sizes[$1] || (sizes[$0] == sizes[$1] && $0 < $1) }
        return (alone, small)
    }

    /// Entities resolved and claims grouped by key, for one story, with the default matcher.
    public static func corpus(of analyses: [DocumentAnalysis], lexicon: Lexicon,
                              houseSpellings: [String: String] = [:]) -> Corpus {
        corpus(of: analyses, matcher: RomanisationMatcher(lexicon: lexicon.names), houseSpellings: houseSpellings)
    }

    /// Entities resolved by `matcher` and claims grouped by key, for one story; the entities
    /// keep notes on their spellings when `explains`. A story run alone resolves its
    /// documents' own names on `threads` threads (`EntityResolver.resolve`).
    public static func corpus(of analyses: [DocumentAnalysis], matcher: any NameMatcher,
                              houseSpellings: [String: String] = [:], explains: Bool = true, threads: Int = 1) -> Corpus {
        let claims = analyses.flatMap(\.claims)
        let resolver = EntityResolver(matcher: matcher, houseSpellings: houseSpellings, explains: explains)
        let (entities, resolved) = resolver.resolve(claims, threads: threads)
        let groups = FrameUnification.groups(resolved)
        var dates: [String: DatePoint] = [:]
        for analysis in analyses { dates[analysis.path] = analysis.metadata.referenceDate }
        return Corpus(groups: groups, claims: resolved, entities: entities, referenceDates: dates, houseSpellings: houseSpellings)
    }
}
