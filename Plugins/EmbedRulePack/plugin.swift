import Foundation
import PackagePlugin

/// Compiles the default rule pack (`Rules/**/*.yml` at the package root) into the target as
/// a Swift source file, so that an installed `factlint` carries its rules and lexicons with it.
@main
struct EmbedRulePack: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let rulesDirectory = context.package.directoryURL.appending(path: "Rules")
        let output = context.pluginWorkDirectoryURL.appending(path: "DefaultRulePack.swift")
        let inputs = Self.yamlFiles(under: rulesDirectory)
        return [
            .buildCommand(
                displayName: "Embedding the default rule pack (\(inputs.count) files)",
                executable: try context.tool(named: "RulePackEmbedder").url,
                arguments: [rulesDirectory.path, output.path],
                inputFiles: inputs,
                outputFiles: [output]
            ),
        ]
    }

    /// Every `.yml` file below `directory`, in a stable order.
    private static func yamlFiles(under directory: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil) else {
            return []
        }
        return walker.compactMap { $0 as? URL }
            .filter { $0.pathExtension == "yml" }
            .sorted { $0.path < $1.path }
    }
}
