/// Everything the command line asks of a run, before files are read.
public struct RunRequest: Sendable {
    public var paths: [String]
    /// `--config FILE`.
    public var configPath: String?
    /// `--rules DIR`, repeatable.
    public var rulesFolders: [String]
    /// `--reference-date YYYY-MM-DD`, as typed.
    public var referenceDate: String?
    public var stories: Bool
    public var threads: Int?
    /// `--timings`: add up the time of each stage.
    public var timings: Bool

    public init(paths: [String], configPath: String? = nil, rulesFolders: [String] = [], referenceDate: String? = nil,
                stories: Bool = false, threads: Int? = nil, timings: Bool = false) {
        self.paths = paths
        self.configPath = configPath
        self.rulesFolders = rulesFolders
        self.referenceDate = referenceDate
        self.stories = stories
        self.threads = threads
        self.timings = timings
    }
}

/// A run ready to go: the configuration found, the rule pack with it applied, the pipeline.
public struct PreparedRun: Sendable {
    public var configuration: Configuration
    public var pipeline: Pipeline

    /// Finds the configuration, loads the rules (built in, configured folders, `--rules`), and
    /// sets up the pipeline. Any problem is an `InputError` (exit code 2).
    public static func prepare(_ request: RunRequest) throws(InputError) -> PreparedRun {
        var referenceDate: DatePoint?
        if let written = request.referenceDate {
            guard written.count == 10, let date = DateParsing.day(fromISO: written) else {
                throw InputError("--reference-date must be a date written YYYY-MM-DD, not '\(written)'")
            }
            referenceDate = date
        }
        if let threads = request.threads, threads < 1 {
            throw InputError("--threads must be at least 1")
        }
        let configuration = try ConfigurationLoader.find(explicit: request.configPath, paths: request.paths)
        return try prepare(request, referenceDate: referenceDate, configuration: configuration)
    }

    /// Sets up a run with a configuration already made (the language server merges the
    /// editor's settings into the file's), the request's reference date already checked.
    public static func prepare(_ request: RunRequest, referenceDate: DatePoint?,
                               configuration: Configuration) throws(InputError) -> PreparedRun {
        var files = RulePack.builtInFiles
        for folder in configuration.rulesFolders {
            let path = folder.hasPrefix("/") ? folder : configuration.folder + "/" + folder
            files += try RulePack.files(inFolder: path)
        }
        for folder in request.rulesFolders { files += try RulePack.files(inFolder: folder) }
        var pack = try RulePack.load(files)
        try configuration.apply(to: &pack)
        let configured = ConfigurationLoader.referenceDates()
        var settings = Pipeline.Settings(
            referenceDate: referenceDate,
            configuredReferenceDate: configured,
            threads: request.threads ?? Pipeline.defaultThreads,
            stories: request.stories,
            houseSpellings: configuration.houseSpellingMap)
        if request.timings { settings.timings = StageTimings() }
        return PreparedRun(configuration: configuration, pipeline: Pipeline(pack: pack, settings: settings))
    }

    /// Lints the request's paths, keeping only files the configuration admits, story by story
    /// (see `Pipeline.lint(_:notices:progress:)`). `progress`, if given, hears (documents done,
    /// documents in all) from worker threads.
    public func lint(_ paths: [String], progress: (@Sendable (Int, Int) -> Void)? = nil) throws(InputError) -> LintResult {
        let (inputs, walkNotices) = try InputCollector().collect(paths, stories: pipeline.settings.stories)
        return pipeline.lint(inputs.filter { configuration.admits($0.path) }, notices: walkNotices, progress: progress)
    }

    /// Claims of every admitted file, sorted by location (for `factlint claims`).
    public func claims(_ paths: [String]) throws(InputError) -> (claims: [Claim], notices: [Notice]) {
        var all: [Claim] = []
        let notices = try claims(paths) { all += $0 }
        return (all, notices)
    }

    /// Claims of every admitted file, handed to `body` a batch of documents at a time in the
    /// order of `claims(_:)`, so that an archive streams through in bounded memory: each batch
    /// is read and analysed in parallel, passed on, and dropped. Returns the notices.
    public func claims(_ paths: [String], batch: Int = 512, _ body: ([Claim]) -> Void) throws(InputError) -> [Notice] {
        let (inputs, walkNotices) = try InputCollector().collect(paths, stories: pipeline.settings.stories)
        let admitted = inputs.filter { configuration.admits($0.path) }
        var notices = walkNotices
        var start = 0
        while start < admitted.count {
            let end = min(start + max(1, batch), admitted.count)
            let (analyses, found) = pipeline.analyze(Array(admitted[start..<end]))
            // Inputs are sorted by path and spans sort by path first: sorting each document's
            // claims gives the order of sorting them all.
            body(analyses.flatMap { $0.claims.sorted { $0.span < $1.span } })
            notices += found
            start = end
        }
        return notices
    }

    /// Entities of every admitted file (for `factlint entities`).
    public func entities(_ paths: [String]) throws(InputError) -> (entities: [Entity], notices: [Notice]) {
        let (inputs, walkNotices) = try InputCollector().collect(paths, stories: pipeline.settings.stories)
        let (analyses, notices) = pipeline.analyze(inputs.filter { configuration.admits($0.path) })
        let corpus = Pipeline.corpus(of: analyses, matcher: pipeline.matcher, houseSpellings: pipeline.settings.houseSpellings)
        return (corpus.entities, walkNotices + notices)
    }
}
