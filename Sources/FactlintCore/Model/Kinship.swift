/// A person named as someone's relative ("whose husband, Pavel,", "her daughter Anna"): in
/// the languages whose surnames have genders, the relative's surname is the other person's in
/// the relative's gender.
public struct Kinship: Sendable, Hashable {
    /// The kin word as written, lower-case ("husband").
    public var relation: String
    /// The relative's gender, from the kin word.
    public var gender: NameGender
    /// The words of the other person's name as written ("Tatsiana", "Zhurauskaya").
    public var of: [String]

    public init(relation: String, gender: NameGender, of: [String]) {
        self.relation = relation
        self.gender = gender
        self.of = of
    }
}
