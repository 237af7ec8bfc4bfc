/// The rules and the lexicon a run uses: the default pack compiled into the binary, then any
/// `--rules DIR` folders and configured rule folders, in order. A later rule with the same id
/// replaces an earlier one; lexicon files add to the lexicon.
public struct RulePack: Sendable {
    public var rules: [Rule]
    public var lexicon: Lexicon

    public init(rules: [Rule], lexicon: Lexicon) {
        self.rules = rules
        self.lexicon = lexicon
    }

    /// One file of a pack: its path (as reported in errors) and text.
    public struct File: Sendable {
        public var path: String
        public var text: String
        /// Whether it belongs to the lexicon (a `lexicon/` subfolder) rather than the rules.
        public var isLexicon: Bool

        public init(path: String, text: String, isLexicon: Bool) {
            self.path = path
            self.text = text
            self.isLexicon = isLexicon
        }
    }

    /// The files of the default pack.
    public static var builtInFiles: [File] {
        embeddedRulePack.map { File(path: "Rules/" + $0.path, text: $0.text, isLexicon: $0.path.hasPrefix("lexicon/")) }
    }

    /// The default pack.
    public static func builtIn() throws(InputError) -> RulePack { try load(builtInFiles) }

    /// A pack from files, applied in order. The lexicon files are read first without node
    /// positions, which only error messages need (start-up reads every lexicon file on every
    /// run); a pack with a problem is read again with them, and reports that reading's error.
    public static func load(_ files: [File]) throws(InputError) -> RulePack {
        do {
            return try load(files, positions: false)
        } catch {
            return try load(files, positions: true)
        }
    }

    private static func load(_ files: [File], positions: Bool) throws(InputError) -> RulePack {
        var lexicon = Lexicon()
        var rules: [String: Rule] = [:]
        for file in files where file.isLexicon {
            try LexiconLoader.apply(path: file.path, text: file.text, to: &lexicon, positions: positions)
        }
        lexicon.compile()
        for file in files where !file.isLexicon {
            let rule = try RuleLoader.load(path: file.path, text: file.text)
            rules[rule.id] = rule
        }
        return RulePack(rules: rules.values.sorted { $0.id < $1.id }, lexicon: lexicon)
    }

    /// The `.yml` files of a rules folder (rules at the top, lexicon files under `lexicon/`).
    public static func files(inFolder folder: String) throws(InputError) -> [File] {
        let manager = FileManagerAccess()
        guard manager.isDirectory(folder) else { throw InputError(path: folder, "rules folder not found") }
        var files: [File] = []
        for name in manager.children(of: folder) where name.hasSuffix(".yml") {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            files.append(File(path: path, text: try manager.text(path), isLexicon: false))
        }
        let lexiconFolder = (folder.hasSuffix("/") ? folder : folder + "/") + "lexicon"
        if manager.isDirectory(lexiconFolder) {
            for name in manager.children(of: lexiconFolder) where name.hasSuffix(".yml") {
                let path = lexiconFolder + "/" + name
                files.append(File(path: path, text: try manager.text(path), isLexicon: true))
            }
        }
        return files
    }
}
