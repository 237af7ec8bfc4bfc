/// The `EntitySpellings` of one story's entities, each read once for every check that asks:
/// the spelling and the misspelling check compare the same people's names, and reading an
/// entity's spellings (every mention's name split into roles) was most of their cost. One
/// per corpus and lexicon (`RuleEngine.run` makes one a run, a check run alone its own); not
/// thread-safe: the checks of a run take turns.
final class StorySpellings {
    private var read: [Int: EntitySpellings] = [:]

    /// The spellings of `entity`, the one at `index` in the corpus's entities.
    func spellings(of entity: Entity, at index: Int, _ lexicon: NameLexicon) -> EntitySpellings {
        if let known = read[index] { return known }
        let spellings = EntitySpellings(entity, lexicon: lexicon)
        read[index] = spellings
        return spellings
    }
}
