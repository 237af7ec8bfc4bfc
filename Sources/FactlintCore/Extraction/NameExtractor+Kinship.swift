extension NameExtractor {
    /// Links a given name written alone after a kin word to the person it is the relative of:
    /// "Zhurauskaya, … whose husband, Paval," (the person before "whose"), "Anna Petrova's
    /// daughter Maria" (the name before "'s"), "her husband Pavel" (the last person of that
    /// gender before). The name becomes a person with a `Kinship`.
    func linkKin(_ mentions: [Mention], _ context: ExtractionContext) -> [Mention] {
        var result = mentions
        for index in result.indices {
            guard case .name(var name) = result[index].value, name.parts.count == 1, name.kind == .person || name.kind == nil,
                  context.lexicon.names.isGivenName(name.parts[0]) else { continue }
            var k = result[index].firstToken - 1
            if context.isMark(k, ",") { k -= 1 }
            let relation = context.norm(k)
            guard let gender = context.lexicon.names.kinTerms[relation],
                  let relative = relativeName(before: k - 1, among: result, context) else { continue }
            name.kin = Kinship(relation: relation, gender: gender, of: relative.parts)
            name.kind = .person
            name.hasGivenName = true
            result[index].value = .name(name)
        }
        return result
    }

    /// The person a kin word belongs to, from the word before it: a possessive "'s", a relative
    /// possessive ("whose"), or a possessive pronoun of the person's gender ("her").
    private func relativeName(before index: Int, among mentions: [Mention], _ context: ExtractionContext) -> NameValue? {
        let word = context.norm(index)
        let sentence = context.text.sentence(containing: max(0, index))
        func person(_ mention: Mention) -> NameValue? {
            guard case .name(let name) = mention.value, name.kind == .person, name.parts.count >= 2 || name.kin == nil else { return nil }
            return name
        }
        let names = context.lexicon.names
        if word == "'s" {
            return mentions.first { $0.endToken == index }.flatMap(person)
        }
        if names.relativePossessives.contains(word) {
            return mentions.last { $0.endToken <= index && $0.firstToken >= sentence.lowerBound && person($0) != nil }.flatMap(person)
        }
        guard let gender = names.possessivePronouns[word] else { return nil }
        return mentions.last { mention in
            guard mention.endToken <= index, let name = person(mention) else { return false }
            return names.gender(ofParts: name.parts) == gender
        }.flatMap(person)
    }
}
