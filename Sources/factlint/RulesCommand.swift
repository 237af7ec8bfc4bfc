import ArgumentParser
import FactlintCore

/// `factlint rules`: the rules in force.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List the rules: id, level, check kind and summary.")

    @Option(name: .customLong("rules"), help: ArgumentHelp("A folder of extra rules to include.", valueName: "dir"))
    var rulesFolders: [String] = []

    @Option(help: ArgumentHelp("Configuration file whose rule settings apply.", valueName: "file"))
    var config: String?

    func run() throws {
        let prepared = try PreparedRun.prepare(RunRequest(paths: [], configPath: config, rulesFolders: rulesFolders))
        let rules = prepared.pipeline.pack.rules
        let width = rules.map(\.id.count).max() ?? 0
        let checkWidth = rules.map(\.check.rawValue.count).max() ?? 0
        for rule in rules {
            let level = rule.enabled ? rule.level.rawValue : "off"
            let id = rule.id.padding(toLength: width, withPad: " ", startingAt: 0)
            let levelColumn = level.padding(toLength: 7, withPad: " ", startingAt: 0)
            let check = rule.check.rawValue.padding(toLength: checkWidth, withPad: " ", startingAt: 0)
            Output.print("\(id)  \(levelColumn)  \(check)  \(rule.summary)\n")
        }
    }
}

/// `factlint explain RULE`: a rule's description and examples.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Describe a rule and show its examples.",
        discussion: "Example:\n  factlint explain count-divergence")

    @Argument(help: "The rule id (see 'factlint rules').")
    var rule: String

    @Option(name: .customLong("rules"), help: ArgumentHelp("A folder of extra rules to include.", valueName: "dir"))
    var rulesFolders: [String] = []

    func run() throws {
        let prepared = try PreparedRun.prepare(RunRequest(paths: [], rulesFolders: rulesFolders))
        let rules = prepared.pipeline.pack.rules
        guard let found = rules.first(where: { $0.id == rule }) else {
            throw InputError("unknown rule '\(rule)'; known rules: \(rules.map(\.id).joined(separator: ", "))")
        }
        var lines = ["\(found.id) — \(found.summary)", "",
                     "check: \(found.check.rawValue)   level: \(found.level.rawValue)   source: \(found.source)"]
        if let condition = found.condition { lines.append("when: \(condition.rawValue)") }
        if let description = found.description { lines += ["", description.trimmingCharacters(in: .whitespacesAndNewlines)] }
        for example in found.examples {
            lines.append("")
            lines.append(example.triggers ? "Reported:" : "Not reported:")
            if let date = example.referenceDate { lines.append("  (reference date \(date.notation))") }
            for document in example.documents { lines.append("  \(document.name): \(document.text)") }
        }
        Output.print(lines.joined(separator: "\n") + "\n")
    }
}

import Foundation
