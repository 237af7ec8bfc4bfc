/// A gendered surname ending ("-skaya") and the family it belongs to ("sk": -sky, -ski, -skaya,
/// -ska). Read from `surname-genders` in `Rules/lexicon/`.
public struct SurnameEnding: Sendable, Hashable {
    /// Lower-case ending, without a hyphen.
    public var ending: String
    /// The family's name ("sk", "ov").
    public var family: String
    public var gender: NameGender

    public init(ending: String, family: String, gender: NameGender) {
        self.ending = ending
        self.family = family
        self.gender = gender
    }
}
