/// The number inflection of English nouns: counted nouns are matched by their singular, not by
/// a stem, since a stem joins nouns that are different things ("reporters" and "reports",
/// "prisoners" and "prisons", "officers" and "offices").
public enum EnglishNoun {
    /// The singular of a regular English plural ("houses", "bodies", "churches"), or the word
    /// itself; irregular plurals ("people", "children") are listed in the lexicon as they are.
    public static func singular(_ word: String) -> String {
        guard word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss") else { return word }
        if word.hasSuffix("ies"), word.count > 4 { return String(word.dropLast(3)) + "y" }
        for ending in ["sses", "shes", "ches", "xes", "zes"] where word.hasSuffix(ending) { return String(word.dropLast(2)) }
        return String(word.dropLast())
    }
}
