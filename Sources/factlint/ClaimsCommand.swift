import ArgumentParser
import FactlintCore
import FactlintReporters

/// `factlint claims PATH…`: what factlint read.
struct ClaimsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract: "Print every extracted claim (numbers, dates, durations, names, quotes) and its key.",
        discussion: """
        Useful for seeing why two figures were or were not compared. json prints one array
        (DESIGN.md §5); jsonl prints one claim per line for Spark, DuckDB and friends.

        Examples:
          factlint claims seeds/
          factlint claims seeds/ --format json --reference-date 2025-09-11
          factlint claims seeds/ --explain
        """)

    @OptionGroup var input: InputOptions

    @Option(help: ArgumentHelp("text, json or jsonl.", valueName: "format"))
    var format = "text"

    @Flag(help: "Only claims that have a key (that rules compare).")
    var keyed = false

    @Flag(help: "Show the class each value was read as (a share, an upper bound, a day range, a future clause…).")
    var explain = false

    func validate() throws {
        try input.requirePaths()
        guard ClaimsReporter.formats.contains(format) else {
            throw ValidationError("unknown format '\(format)'; use \(ClaimsReporter.formats.joined(separator: ", "))")
        }
    }

    func run() throws {
        let prepared = try PreparedRun.prepare(input.request)
        if format == "json" {
            let (claims, notices) = try prepared.claims(input.paths)
            for notice in notices { Output.error("\(notice.path): notice: \(notice.message)") }
            Output.print(ClaimsReporter.report(keyed ? claims.filter { $0.key != nil } : claims, format: format, explain: explain))
            return
        }
        // Text and JSON Lines stream: each batch of documents is printed as soon as it is read.
        let notices = try prepared.claims(input.paths) { claims in
            Output.print(ClaimsReporter.report(keyed ? claims.filter { $0.key != nil } : claims, format: format, explain: explain))
        }
        for notice in notices { Output.error("\(notice.path): notice: \(notice.message)") }
    }
}

/// `factlint entities PATH…`: who and what the articles name.
struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "Print the people, organisations and places found, with every spelling of each.",
        discussion: """
        Names are matched across romanisations (Aleksei/Aliaksei, Zhuravskaya/Zhurauskaya) and
        scripts (Cyrillic), keeping apart people the matcher tells apart (a husband and wife,
        two Vladimirs). --explain says, for each entity, which equivalences joined its spellings
        and which similar names were kept apart, and why.

        Examples:
          factlint entities seeds/
          factlint entities seeds/ --explain
          factlint entities seeds/ --format json
        """)

    @OptionGroup var input: InputOptions

    @Option(help: ArgumentHelp("text or json.", valueName: "format"))
    var format = "text"

    @Flag(help: "Say why spellings were joined into one entity or kept apart (the equivalences that fired).")
    var explain = false

    func validate() throws {
        try input.requirePaths()
        guard EntitiesReporter.formats.contains(format) else {
            throw ValidationError("unknown format '\(format)'; use \(EntitiesReporter.formats.joined(separator: " or "))")
        }
    }

    func run() throws {
        let prepared = try PreparedRun.prepare(input.request)
        let (entities, notices) = try prepared.entities(input.paths)
        for notice in notices { Output.error("\(notice.path): notice: \(notice.message)") }
        Output.print(EntitiesReporter.report(entities, format: format, explain: explain))
    }
}
