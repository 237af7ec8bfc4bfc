/// Shell-style globs for include and exclude lists: `*` (within one path segment), `**` (any
/// number of segments), `?` (one character). Paths are compared relative to the configuration's folder.
public enum Glob {
    /// Whether `path` matches `pattern`.
    public static func matches(_ pattern: String, _ path: String) -> Bool {
        match(Array(pattern.unicodeScalars), 0, Array(path.unicodeScalars), 0)
    }

    /// `path` relative to `folder` when it lies below it ("./a/b" → "a/b").
    public static func relative(_ path: String, to folder: String) -> String {
        var p = path
        while p.hasPrefix("./") { p.removeFirst(2) }
        var f = folder
        while f.hasPrefix("./") { f.removeFirst(2) }
        if f == "." || f.isEmpty { return p }
        if p.hasPrefix(f + "/") { return String(p.dropFirst(f.count + 1)) }
        return p
    }

    private static func match(_ p: [Unicode.Scalar], _ i: Int, _ s: [Unicode.Scalar], _ j: Int) -> Bool {
        if i == p.count { return j == s.count }
        if p[i] == "*" {
            if i + 1 < p.count, p[i + 1] == "*" {
                // "**/" matches zero or more whole segments.
                var next = i + 2
                if next < p.count, p[next] == "/" { next += 1 }
                for k in j...s.count where match(p, next, s, k) && (k == j || k == s.count || s[k - 1] == "/") {
                    return true
                }
                return false
            }
            var k = j
            while true {
                if match(p, i + 1, s, k) { return true }
                if k == s.count || s[k] == "/" { return false }
                k += 1
            }
        }
        guard j < s.count else { return false }
        if p[i] == "?" { return s[j] != "/" && match(p, i + 1, s, j + 1) }
        return p[i] == s[j] && match(p, i + 1, s, j + 1)
    }
}
