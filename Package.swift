// swift-tools-version: 6.1
import PackageDescription

/// factlint: a linter for facts across news articles about one story.
///
/// Targets follow the pipeline in DESIGN.md: `FactlintCore` holds one folder per stage,
/// `FactlintReporters` turns a lint result into every output format, `FactlintLSP` is the
/// language server (`factlint lsp`) for editors, and `factlint` is the
/// command line (argument parsing only). The default rule pack in `Rules/` is compiled into
/// the library by the `EmbedRulePack` build plugin, so an installed binary works anywhere.
let package = Package(
    name: "factlint",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "factlint", targets: ["factlint"]),
        .library(name: "FactlintCore", targets: ["FactlintCore"]),
        .library(name: "FactlintReporters", targets: ["FactlintReporters"]),
        .library(name: "FactlintLSP", targets: ["FactlintLSP"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .executableTarget(
            name: "RulePackEmbedder",
            path: "Plugins/RulePackEmbedder"
        ),
        .plugin(
            name: "EmbedRulePack",
            capability: .buildTool(),
            dependencies: ["RulePackEmbedder"],
            path: "Plugins/EmbedRulePack"
        ),
        .target(
            name: "FactlintCore",
            dependencies: ["CLibXML2", "Yams"],
            plugins: ["EmbedRulePack"]
        ),
        .target(
            name: "FactlintReporters",
            dependencies: ["FactlintCore", "CLibXML2"]
        ),
        .target(
            name: "FactlintLSP",
            dependencies: ["FactlintCore"]
        ),
        .executableTarget(
            name: "factlint",
            dependencies: [
                "FactlintCore",
                "FactlintReporters",
                "FactlintLSP",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "FactlintCoreTests",
            dependencies: ["FactlintCore", "CLibXML2", "Yams"]
        ),
        .testTarget(
            name: "FactlintReportersTests",
            dependencies: ["FactlintReporters", "FactlintCore", "CLibXML2"]
        ),
        .testTarget(
            name: "FactlintLSPTests",
            dependencies: ["FactlintLSP", "FactlintCore"]
        ),
        .testTarget(
            name: "FactlintCLITests",
            dependencies: ["factlint"]
        ),
    ]
)
