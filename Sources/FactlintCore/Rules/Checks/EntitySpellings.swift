/// How one entity is written: for a person, the forms of the given name and of the surname
/// over all mentions in the script of its preferred name; for an organisation or place, the
/// forms of the whole name. A role with two or more forms varies; the entity's preferred name
/// says which form is right.
struct EntitySpellings {
    /// The parts of a name whose spelling is compared.
    enum Role: Hashable {
        case given, surname, whole
    }

    let entity: Entity
    /// Each mention's written form of each role it has.
    private let roles: [[Role: String]]
    /// The preferred form of each role (from the entity's preferred name).
    private let preferred: [Role: String]
    /// Roles written in more than one way.
    let varying: Set<Role>

    /// The preferred name's surname as written, if it has one.
    var preferredSurname: String? { preferred[.surname] }

    init(_ entity: Entity, lexicon: NameLexicon) {
        self.entity = entity
        let script = EntityNaming.isLatin(entity.name)
        // An entity is written in few ways and mentioned many times: each way is read once.
        var known: [String: [Role: String]] = [:]
        var roles = entity.mentions.map { mention in
            if let roles = known[mention.name.text] { return roles }
            // A name in another script (a quoted original, a wire in its own language) is that
            // language's writing, not a misspelling.
            let roles = EntityNaming.isLatin(mention.name.text) == script ? EntitySpellings.roles(of: mention.name, kind: entity.kind, lexicon) : [:]
            known[mention.name.text] = roles
            return roles
        }
        let parts = entity.name.split(separator: " ").map(String.init)
        let name = NameValue(kind: entity.kind, text: entity.name, parts: parts, hasGivenName: parts.count >= 2)
        var preferred = EntitySpellings.roles(of: name, kind: entity.kind, lexicon)
        if entity.kind == .person {
            EntitySpellings.readSecondSurnames(entity.mentions, &roles, preferred: &preferred, parts, lexicon)
        }
        self.roles = roles
        self.preferred = preferred
        var forms: [Role: Set<String>] = [:]
        for mention in roles { for (role, form) in mention { forms[role, default: []].insert(form) } }
        varying = Set(forms.filter { $0.value.count >= 2 }.keys)
    }

    /// A person named with two surnames (Spanish, Portuguese: "Lucia Fernandez Ortega") and
    /// with the first alone ("Lucia Fernandez", "Fernandez"): the first is the surname whose
    /// spelling is compared, the second no spelling of it. The entity's surname is the
    /// preferred name's second-to-last word when more mentions use that word as their surname
    /// than its last; a mention of three or more words whose second-to-last word is the
    /// entity's surname (folded: diacritics aside) and whose last word is not has that word as
    /// its surname.
    private static func readSecondSurnames(_ mentions: [EntityMention], _ roles: inout [[Role: String]], preferred: inout [Role: String],
                                           _ parts: [String], _ lexicon: NameLexicon) {
        let fold = { (word: String) in lexicon.withoutArticles(lexicon.latin(word)) }
        let folded = roles.map { $0[.surname].map(fold) }
        if parts.count >= 3 {
            let (first, second) = (fold(parts[parts.count - 2]), fold(parts[parts.count - 1]))
            if first != second, folded.count(where: { $0 == first }) > folded.count(where: { $0 == second }) {
                preferred[.surname] = capitalised(parts[parts.count - 2])
            }
        }
        guard let surname = preferred[.surname].map(fold) else { return }
        for (index, mention) in mentions.enumerated() where folded[index] != nil && folded[index] != surname {
            let words = mention.name.parts
            guard words.count >= 3, fold(words[words.count - 2]) == surname else { continue }
            roles[index][.surname] = capitalised(words[words.count - 2])
        }
    }

    /// The surname of the entity's mention at `index` as written (capitalised), if it has one
    /// in the entity's script.
    func surname(at index: Int) -> String? { roles[index][.surname] }

    /// The mentions that write a varying role, in span order.
    var relevant: [EntityMention] {
        entity.mentions.indices.filter { !Set(roles[$0].keys).isDisjoint(with: varying) }.map { entity.mentions[$0] }
    }

    /// How many ways the most varied role is written.
    var ways: Int {
        var forms: [Role: Set<String>] = [:]
        for mention in roles { for (role, form) in mention where varying.contains(role) { forms[role, default: []].insert(form) } }
        return forms.values.map(\.count).max() ?? 1
    }

    /// Whether a mention writes a role otherwise than the preferred name.
    func deviates(_ mention: EntityMention) -> Bool {
        guard let index = entity.mentions.firstIndex(where: { $0.span == mention.span }) else { return false }
        return roles[index].contains { role, form in preferred[role].map { $0 != form } ?? false }
    }

    /// The mention's words with each deviating role replaced by its preferred form.
    func fix(for mention: EntityMention) -> String? {
        guard let index = entity.mentions.firstIndex(where: { $0.span == mention.span }) else { return nil }
        if roles[index][.whole] != nil { return entity.name }
        var text = mention.span.text
        for (role, form) in roles[index].sorted(by: { "\($0.key)" < "\($1.key)" }) {
            guard let wanted = preferred[role], wanted != form, let range = text.range(of: form) else { continue }
            text.replaceSubrange(range, with: wanted)
        }
        return text
    }

    /// The written forms of a name's roles: a person's given name and surname, an
    /// organisation's or place's whole name without periods; a word in all capitals is read as
    /// capitalised. Capitals are typography — a headline, a lead's first words, a house style
    /// for titles and acronyms ("TWILIGHT", "NATO"/"Nato") — not spelling; capitals inside a
    /// word are spelling ("RuvTA"/"Ruvta", "YouTube"/"Youtube").
    static func roles(of name: NameValue, kind: EntityKind, _ lexicon: NameLexicon) -> [Role: String] {
        guard kind == .person else {
            let words = name.text.filter { $0 != "." }.split(separator: " ", omittingEmptySubsequences: false)
            return [.whole: words.map { capitalised(String($0)) }.joined(separator: " ")]
        }
        let parts = NameParts(name, lexicon: lexicon)
        var result: [Role: String] = [:]
        if let given = parts.writtenGiven, given.count > 1 { result[.given] = capitalised(given) }
        if let surname = parts.writtenSurname { result[.surname] = capitalised(surname) }
        return result
    }

    /// "KARPOVICH" → "Karpovich"; other words unchanged.
    static func capitalised(_ word: String) -> String {
        // Printable ASCII is read byte by byte (one character a byte), without Unicode
        // character properties.
        let allCapitals = word.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x80 }
            ? word.utf8.count > 1 && !word.utf8.contains { $0 >= 0x61 && $0 <= 0x7A }
            : word.count > 1 && word.allSatisfy { !$0.isLetter || $0.isUppercase }
        return allCapitals ? word.prefix(1) + word.dropFirst().lowercased() : word
    }
}
