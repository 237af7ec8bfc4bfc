/// Knowledge about names: title words, given names, organisation cues, and the romanisation
/// equivalences the name matcher uses. Read from `Rules/lexicon/names*.yml`.
public struct NameLexicon: Sendable {
    /// Words that introduce a person's name ("President", "envoy", "Mr"), lower-case.
    public var personTitles = PhraseTable<Bool>()
    /// Words that introduce an organisation's name ("news agency", "rights group"), lower-case.
    public var organizationDescriptors = PhraseTable<Bool>()
    /// Given names (lower-case) and their gender ("m", "f" or "").
    public var givenNames: [String: String] = [:]
    /// Words that end an organisation's name ("Ministry", "Watch", "Agency"), lower-case.
    public var organizationWords: Set<String> = []
    /// Capitalised words that are never names by themselves ("The", "However"), lower-case.
    public var notNames: Set<String> = []
    /// Surname particles that stay inside a name ("de", "van", "al").
    public var particles: Set<String> = []
    /// Surname endings that mark two capitalised words as a person's name ("-enko", "-skaya").
    public var surnameEndings: [String] = []
    /// Verbs after a name that make it a person ("said", "told").
    public var personVerbs: Set<String> = []

    public init() {}
}
