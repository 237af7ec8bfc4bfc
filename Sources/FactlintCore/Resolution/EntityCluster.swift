/// One entity being built by the resolver: its mentions, the distinct full forms it is known
/// by, and the notes that explain how it was put together.
struct EntityCluster {
    var kind: EntityKind
    var mentions: [EntityMention]
    /// Distinct full forms by text (a person's names of two or more words; every organisation
    /// or place name), first seen first. Empty for a person known only by one word.
    var forms: [NameValue]
    /// Distinct one-word forms of a person known only by one word ("Pavel", "Keller").
    var loneForms: [NameValue]
    var notes: [String] = []

    /// A cluster of one full name.
    init(full name: NameValue, kind: EntityKind, mention: EntityMention) {
        self.kind = kind
        self.mentions = [mention]
        self.forms = [name]
        self.loneForms = []
    }

    /// A cluster of a person known by one word.
    init(lone name: NameValue, mention: EntityMention) {
        self.kind = .person
        self.mentions = [mention]
        self.forms = []
        self.loneForms = [name]
    }

    /// Whether the person is known only by one word.
    var isLone: Bool { forms.isEmpty }

    /// The forms to compare with: the full forms, else the one-word forms.
    var comparable: [NameValue] { isLone ? loneForms : forms }

    /// The fullest form (most words), for display in notes.
    var display: String {
        (comparable.max { $0.parts.count < $1.parts.count }?.text) ?? ""
    }

    /// Adds a mention and, if its text is new, its form.
    mutating func add(_ mention: EntityMention) {
        mentions.append(mention)
        let name = mention.name
        if name.kind != .person || name.parts.count >= 2 || !isLone {
            if name.parts.count >= 2 || kind != .person, !forms.contains(where: { $0.text == name.text }) {
                forms.append(name)
            }
        } else if !loneForms.contains(where: { $0.text == name.text }) {
            loneForms.append(name)
        }
    }

    /// Takes in another cluster's mentions, forms and notes.
    mutating func absorb(_ other: EntityCluster) {
        mentions += other.mentions
        for form in other.forms where !forms.contains(where: { $0.text == form.text }) { forms.append(form) }
        if isLone {
            for form in other.loneForms where !loneForms.contains(where: { $0.text == form.text }) { loneForms.append(form) }
        }
        if !forms.isEmpty { loneForms = [] }
        notes += other.notes
    }
}
