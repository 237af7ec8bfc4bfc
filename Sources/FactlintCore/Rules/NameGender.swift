/// Whether a given name, a surname ending or a kin word belongs to a man or a woman, as the
/// lexicon's `m` and `f` groups say.
public enum NameGender: String, Sendable, Hashable, CaseIterable {
    case male = "m"
    case female = "f"
}
