/// One given name in all the forms news writes it in (Aleksei, Aliaksei, Oleksiy, Alexej …), with
/// the gender of the name. Read from `given-name-classes` in `Rules/lexicon/`.
public struct GivenNameClass: Sendable, Hashable {
    /// The class's name in explanations ("sergei").
    public var id: String
    public var gender: NameGender
    /// Lower-case forms.
    public var forms: [String]

    public init(id: String, gender: NameGender, forms: [String]) {
        self.id = id
        self.gender = gender
        self.forms = forms
    }
}
