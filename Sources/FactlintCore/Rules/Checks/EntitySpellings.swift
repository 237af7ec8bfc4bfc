/// How one entity is written: for a person, the forms of the given name and of the surname
/// over all mentions in the script of its preferred name; for an organisation or place, the
/// forms of the whole name. A role with two or more forms varies; the entity's preferred name
/// says which form is right.
struct EntitySpellings {
    /// The parts of a name whose spelling is compared, in the order a fix replaces them.
    enum Role: Hashable, CaseIterable {
        case given, surname, whole
    }

    /// The written form of each role one name has. A slot a role rather than a dictionary:
    /// the spelling checks read every mention of every entity, and hashing roles into a
    /// dictionary a mention cost more than reading the name.
    struct Forms {
        private var given: String?
        private var surname: String?
        private var whole: String?

        subscript(role: Role) -> String? {
            get {
                switch role {
                case .given: given
                case .surname: surname
                case .whole: whole
                }
            }
            set {
                switch role {
                case .given: given = newValue
                case .surname: surname = newValue
                case .whole: whole = newValue
                }
            }
        }
    }

    let entity: Entity
    /// Each mention's written form of each role it has.
    private let roles: [Forms]
    /// The preferred form of each role (from the entity's preferred name).
    private let preferred: Forms
    /// Roles written in more than one way.
    let varying: Set<Role>

    /// The preferred name's surname as written, if it has one.
    var preferredSurname: String? { preferred[.surname] }

    init(_ entity: Entity, lexicon: NameLexicon) {
        self.entity = entity
        let script = EntityNaming.isLatin(entity.name)
        // An entity is written in few ways and mentioned many times: each way is read once.
        var known: [String: Forms] = [:]
        var roles = entity.mentions.map { mention in
            if let roles = known[mention.name.text] { return roles }
            // A name in another script (a quoted original, a wire in its own language) is that
            // language's writing, not a misspelling.
            let roles = EntityNaming.isLatin(mention.name.text) == script ? EntitySpellings.roles(of: mention.name, kind: entity.kind, lexicon) : Forms()
            known[mention.name.text] = roles
            return roles
        }
        let parts = entity.name.spaceSeparatedWords
        let name = NameValue(kind: entity.kind, text: entity.name, parts: parts, hasGivenName: parts.count >= 2)
        var preferred = EntitySpellings.roles(of: name, kind: entity.kind, lexicon)
        if entity.kind == .person {
            EntitySpellings.readSecondSurnames(entity.mentions, &roles, preferred: &preferred, parts, lexicon)
        }
        self.roles = roles
        self.preferred = preferred
        // A role varies when two mentions write it differently: compared with the first form
        // (the same `==` a set of the forms would count them by), without hashing any.
        varying = Set(Role.allCases.filter { role in
            guard let first = roles.lazy.compactMap({ $0[role] }).first else { return false }
            return roles.contains { $0[role].map { $0 != first } ?? false }
        })
    }

    /// A person named with two surnames (Spanish, Portuguese: "Lucia Fernandez Ortega") and
    /// with the first alone ("Lucia Fernandez", "Fernandez"): the first is the surname whose
    /// spelling is compared, the second no spelling of it. The entity's surname is the
    /// preferred name's second-to-last word when more mentions use that word as their surname
    /// than its last; a mention of three or more words whose second-to-last word is the
    /// entity's surname (folded: diacritics aside) and whose last word is not has that word as
    /// its surname.
    private static func readSecondSurnames(_ mentions: [EntityMention], _ roles: inout [Forms], preferred: inout Forms,
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
        entity.mentions.indices.filter { index in varying.contains { roles[index][$0] != nil } }.map { entity.mentions[$0] }
    }

    /// How many ways the most varied role is written.
    var ways: Int {
        var forms: [Role: Set<String>] = [:]
        for mention in roles {
            for role in varying { if let form = mention[role] { forms[role, default: []].insert(form) } }
        }
        return forms.values.map(\.count).max() ?? 1
    }

    /// Whether a mention writes a role otherwise than the preferred name.
    func deviates(_ mention: EntityMention) -> Bool {
        guard let index = entity.mentions.firstIndex(where: { $0.span == mention.span }) else { return false }
        return Role.allCases.contains { role in
            guard let form = roles[index][role], let wanted = preferred[role] else { return false }
            return wanted != form
        }
    }

    /// The mention's words with each deviating role replaced by its preferred form.
    func fix(for mention: EntityMention) -> String? {
        guard let index = entity.mentions.firstIndex(where: { $0.span == mention.span }) else { return nil }
        if roles[index][.whole] != nil { return entity.name }
        var text = mention.span.text
        for role in Role.allCases {
            guard let form = roles[index][role], let wanted = preferred[role], wanted != form,
                  let range = text.range(of: form) else { continue }
            text.replaceSubrange(range, with: wanted)
        }
        return text
    }

    /// The written forms of a name's roles: a person's given name and surname, an
    /// organisation's or place's whole name without periods; a word in all capitals is read as
    /// capitalised. Capitals are typography — a headline, a lead's first words, a house style
    /// for titles and acronyms ("TWILIGHT", "NATO"/"Nato") — not spelling; capitals inside a
    /// word are spelling ("RuvTA"/"Ruvta", "YouTube"/"Youtube").
    static func roles(of name: NameValue, kind: EntityKind, _ lexicon: NameLexicon) -> Forms {
        var result = Forms()
        guard kind == .person else {
            let words = name.text.filter { $0 != "." }.split(separator: " ", omittingEmptySubsequences: false)
            result[.whole] = words.map { capitalised(String($0)) }.joined(separator: " ")
            return result
        }
        let parts = NameParts(name, lexicon: lexicon)
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
