import FactlintCore
import Foundation

/// The settings an editor sends (`initializationOptions`, `workspace/didChangeConfiguration`):
/// the same keys as `.factlint.yml`, as a JSON object, directly or under a `factlint` member.
/// Keys given here override the story's `.factlint.yml`; relative paths and globs in them are
/// relative to that file's folder (the story's folder when it has none).
public struct EditorSettings: Sendable, Equatable {
    /// The settings object (empty: none given).
    public private(set) var members: [String: JSON] = [:]
    /// Where the settings came from, for error messages.
    public private(set) var origin = "editor settings"

    /// No settings: the story's `.factlint.yml` alone applies.
    public init() {}

    /// Settings from the editor's JSON, checked at once as `.factlint.yml` would be (JSON is
    /// YAML, so mistakes get the same messages).
    public init(_ json: JSON?, origin: String) throws(InputError) {
        var settings = json ?? .null
        if let nested = settings["factlint"] { settings = nested }
        if settings == .null { return }
        guard let members = settings.object else {
            throw InputError(path: origin, "settings must be an object with .factlint.yml keys (\(Configuration.keys.joined(separator: ", ")))")
        }
        self.members = members
        self.origin = origin
        _ = try configuration(over: Configuration(path: nil, folder: "."))
    }

    /// The story's file configuration with these settings laid over it.
    public func configuration(over file: Configuration) throws(InputError) -> Configuration {
        guard !members.isEmpty else { return file }
        let text = String(decoding: JSON.object(members).encoded(), as: UTF8.self)
        let mine = try ConfigurationLoader.parse(path: origin, text: text)
        var merged = file
        if members["reference-date"] != nil { merged.referenceDate = mine.referenceDate }
        if members["rules"] != nil {
            for (id, level) in mine.ruleLevels { merged.ruleLevels[id] = level }
            for (id, position) in mine.rulePositions { merged.rulePositions[id] = position }
        }
        if members["rules-folders"] != nil { merged.rulesFolders += mine.rulesFolders }
        if members["include"] != nil { merged.include = mine.include }
        if members["exclude"] != nil { merged.exclude = mine.exclude }
        if members["house-spellings"] != nil { merged.houseSpellings = mine.houseSpellings }
        if members["strict"] != nil { merged.strict = mine.strict }
        return merged
    }
}
