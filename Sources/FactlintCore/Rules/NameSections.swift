import Yams

/// Typed readers for the name and romanisation sections of lexicon files (`names.yml`,
/// `given-name-classes.yml`, `romanisation.yml`); every malformed entry is an `InputError` at
/// its `file:line:column`.
enum NameSections {
    /// `section: {m: [...], f: [...]}` as (lower-case word, gender) pairs, in file order.
    static func gendered(_ y: YAMLSource, _ node: Node, _ section: String) throws(InputError) -> [(word: String, gender: NameGender)] {
        var result: [(String, NameGender)] = []
        for (key, keyNode, value) in try y.entries(try y.mapping(node, section)) {
            let gender = try NameSections.gender(y, keyNode, key, section)
            for word in try y.strings(value, "the words of \(section)") { result.append((word.lowercased(), gender)) }
        }
        return result
    }

    /// `surname-genders: {family: {m: [...], f: [...]}}`.
    static func surnameGenders(_ y: YAMLSource, _ node: Node, into names: inout NameLexicon) throws(InputError) {
        var endings = names.genderedEndings
        for (family, _, value) in try y.entries(try y.mapping(node, "surname-genders")) {
            for (word, gender) in try gendered(y, value, "the endings of '\(family)'") {
                endings.removeAll { $0.ending == word }
                endings.append(SurnameEnding(ending: word, family: family, gender: gender))
            }
        }
        names.genderedEndings = longestFirst(endings)
    }

    /// `given-name-classes: {id: {gender: m, forms: [...]}}`; a form may belong to one class only.
    static func givenNameClasses(_ y: YAMLSource, _ node: Node, into names: inout NameLexicon) throws(InputError) {
        for (id, _, value) in try y.entries(try y.mapping(node, "given-name-classes")) {
            let fields = try y.mapping(value, "given-name class '\(id)'")
            try y.requireKnownKeys(fields, ["gender", "forms"], in: "a given-name class")
            var gender: NameGender?
            var forms: [(String, Node)] = []
            for (key, _, field) in try y.entries(fields) {
                if key == "gender" {
                    gender = try NameSections.gender(y, field, try y.string(field, "gender"), "given-name class '\(id)'")
                } else if case .sequence(let items) = field {
                    for item in items { forms.append((try y.string(item, "a form").lowercased(), item)) }
                } else {
                    forms.append((try y.string(field, "a form").lowercased(), field))
                }
            }
            guard let gender else { throw y.error(value, "given-name class '\(id)' needs 'gender: m' or 'gender: f'") }
            let index = names.givenNameClasses.firstIndex { $0.id == id } ?? names.givenNameClasses.count
            if index == names.givenNameClasses.count {
                names.givenNameClasses.append(GivenNameClass(id: id, gender: gender, forms: []))
            }
            for (form, formNode) in forms {
                if let other = names.givenNameClassOfForm[form], other != index {
                    throw y.error(formNode, "'\(form)' is already a form of given-name class '\(names.givenNameClasses[other].id)'; a form belongs to one class")
                }
                if !names.givenNameClasses[index].forms.contains(form) { names.givenNameClasses[index].forms.append(form) }
                names.givenNameClassOfForm[form] = index
                names.givenNames[form] = gender.rawValue
            }
            names.givenNameClasses[index].gender = gender
        }
    }

    /// `letter-folds: {č: ch}`: one letter each.
    static func letterFolds(_ y: YAMLSource, _ node: Node, into names: inout NameLexicon) throws(InputError) {
        for (letter, keyNode, value) in try y.entries(try y.mapping(node, "letter-folds")) {
            guard letter.count == 1 else {
                throw y.error(keyNode, "letter-folds maps single letters, not '\(letter)'")
            }
            names.letterFolds[Character(letter.lowercased())] = try y.string(value, "the replacement of '\(letter)'").lowercased()
        }
    }

    /// A list of `{id, forms, cost, where}` entries.
    static func equivalences(_ y: YAMLSource, _ node: Node, _ section: String,
                             defaultCost: Double?) throws(InputError) -> [SpellingEquivalence] {
        var result: [SpellingEquivalence] = []
        for item in try y.sequence(node, section) {
            let fields = try y.mapping(item, "an entry of \(section)")
            try y.requireKnownKeys(fields, ["id", "forms", "cost", "where"], in: "an entry of \(section)")
            var id: String?
            var forms: [String] = []
            var cost = defaultCost
            var place = SpellingEquivalence.Place.anywhere
            for (key, _, field) in try y.entries(fields) {
                switch key {
                case "id": id = try y.string(field, "id")
                case "forms": forms = try y.strings(field, "forms").map { $0.lowercased() }
                case "cost":
                    let value = try y.number(field, "cost")
                    guard value >= 0, value < 1 else { throw y.error(field, "cost must be at least 0 and below 1 (a full edit)") }
                    cost = value
                default:
                    let name = try y.string(field, "where")
                    guard let parsed = SpellingEquivalence.Place(rawValue: name) else {
                        throw y.error(field, "unknown place '\(name)'; use \(SpellingEquivalence.Place.allCases.map(\.rawValue).joined(separator: ", "))")
                    }
                    place = parsed
                }
            }
            guard let id else { throw y.error(item, "an entry of \(section) needs an 'id'") }
            guard forms.count >= 2 else { throw y.error(item, "'\(id)' needs at least two forms") }
            guard let cost else { throw y.error(item, "'\(id)' needs a 'cost' (a fraction of one edit, e.g. 0.3)") }
            result.append(SpellingEquivalence(id: id, forms: forms, cost: cost, place: place))
        }
        return result
    }

    /// `romanisation-systems: {name: {classes: [...], alternations: [...]}}`: each system's
    /// free classes and costed alternations, every equivalence carrying the system's name.
    static func systems(_ y: YAMLSource, _ node: Node) throws(InputError) -> [SpellingEquivalence] {
        var result: [SpellingEquivalence] = []
        for (name, _, value) in try y.entries(try y.mapping(node, "romanisation-systems")) {
            let fields = try y.mapping(value, "romanisation system '\(name)'")
            try y.requireKnownKeys(fields, ["classes", "alternations", "with-cognates"], in: "a romanisation system")
            var withCognates = false
            var found: [SpellingEquivalence] = []
            for (key, _, field) in try y.entries(fields) {
                if key == "with-cognates" {
                    withCognates = try y.bool(field, key)
                    continue
                }
                let free = key == "classes"
                found += try equivalences(y, field, "\(key) of '\(name)'", defaultCost: free ? 0 : nil)
            }
            result += found.map { equivalence in
                var named = SpellingEquivalence(id: equivalence.id, forms: equivalence.forms, cost: equivalence.cost,
                                                place: equivalence.place, system: name)
                named.withCognates = withCognates
                return named
            }
        }
        return result
    }

    /// `name-matching: {letters-per-alternation: 4, most-alternations: 3}`.
    static func matching(_ y: YAMLSource, _ node: Node, into names: inout NameLexicon) throws(InputError) {
        let fields = try y.mapping(node, "name-matching")
        try y.requireKnownKeys(fields, ["letters-per-alternation", "most-alternations"], in: "name-matching")
        for (key, _, field) in try y.entries(fields) {
            if key == "letters-per-alternation" {
                names.lettersPerAlternation = try y.wholeNumber(field, key, in: 1...1_000)
            } else {
                names.mostAlternations = try y.wholeNumber(field, key, in: 0...1_000)
            }
        }
    }

    /// Endings sorted longest first, then alphabetically (so the longest ending wins).
    static func longestFirst(_ endings: [SurnameEnding]) -> [SurnameEnding] {
        endings.sorted { ($0.ending.count, $1.ending) > ($1.ending.count, $0.ending) }
    }

    private static func gender(_ y: YAMLSource, _ node: Node, _ name: String, _ context: String) throws(InputError) -> NameGender {
        guard let gender = NameGender(rawValue: name) else {
            throw y.error(node, "\(context) is grouped under m or f, not '\(name)'")
        }
        return gender
    }
}
