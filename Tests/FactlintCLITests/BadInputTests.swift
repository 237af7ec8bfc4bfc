import Foundation
import Testing

/// The bad-input matrix of the README ("Any input"): each row run through the built binary,
/// checking the exit code and the message on standard error. Whatever the input, factlint ends
/// with 0, 1 or 2 — never a signal.
@Suite("Bad input matrix")
struct BadInputTests {
    /// An article that `b.txt` contradicts (40 against 45 hurt), so a finding proves the text was read.
    static let conflicting = "Officials said 40 people were hurt in the blast on Monday."
    static let other = "The blast on Monday injured 45 people, officials said.\n"

    /// Checks that a run ended with an exit code, not a signal, and returns it.
    static func run(_ arguments: [String], in folder: URL) throws -> CLI.Run {
        let run = try CLI.run(arguments, in: folder)
        #expect([0, 1, 2].contains(run.status), "factlint ended with \(run.status): \(run.stderr)")
        return run
    }

    @Test("invalid UTF-8: read with U+FFFD and a notice naming the byte offset, line and column")
    func invalidUTF8() throws {
        var bytes = Array("Officials".utf8) + [0xFF]
        bytes += Array(" said 40 people were hurt in the blast on Monday.\n".utf8)
        let folder = try CLI.folder(bytes: ["a.txt": bytes, "b.txt": Array(Self.other.utf8)])
        let run = try Self.run(["."], in: folder)
        #expect(run.status == 1)
        #expect(run.stderr.contains("a.txt: notice: invalid UTF-8 at byte offset 9 (line 1, column 10); undecodable bytes replaced with U+FFFD"))
        // The replacement character is one column, as an editor shows it.
        #expect(run.stdout.contains("a.txt:1:17:"), "\(run.stdout)")
    }

    @Test("binary file: skipped with a notice")
    func binary() throws {
        let folder = try CLI.folder(bytes: ["photo.txt": [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D] + Array(repeating: 7, count: 100)])
        let run = try Self.run(["."], in: folder)
        #expect(run.status == 0)
        #expect(run.stderr.contains("photo.txt: notice: binary file (NUL bytes in the first 8 KB); skipped"))
        #expect(run.stdout.hasPrefix("0 documents"))
    }

    @Test("empty file and empty folder: a notice each, exit 0")
    func empty() throws {
        let folder = try CLI.folder(["empty.txt": ""])
        let file = try Self.run(["empty.txt"], in: folder)
        #expect(file.status == 0)
        #expect(file.stderr.contains("empty.txt: notice: empty file; nothing to read"))
        #expect(file.stdout.hasPrefix("1 document, 0 claims"))
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("nothing"), withIntermediateDirectories: true)
        let empty = try Self.run(["nothing"], in: folder)
        #expect(empty.status == 0)
        #expect(empty.stderr.contains("nothing: notice: no articles (.txt, .md or .html files) in this folder; nothing to read"))
        #expect(empty.stdout.hasPrefix("0 documents, 0 claims"))
    }

    @Test("a 100 MB article: the first 16 MB are read and the claims capped, in bounded memory")
    func hundredMegabytes() throws {
        let folder = try CLI.folder(["b.txt": Self.other])
        let seeds = try FileManager.default.contentsOfDirectory(atPath: CLI.repository.appendingPathComponent("seeds").path)
            .filter { $0.hasSuffix(".txt") }.sorted()
            .map { try String(contentsOf: CLI.repository.appendingPathComponent("seeds/" + $0), encoding: .utf8) }
        let filler = Data(seeds.joined(separator: "\n\n").utf8)
        let url = folder.appendingPathComponent("a.txt")
        try Data((Self.conflicting + "\n\n").utf8).write(to: url)
        let handle = try FileHandle(forWritingTo: url)
        try handle.seekToEnd()
        var size = 0
        while size < 100 << 20 {
            try handle.write(contentsOf: filler)
            size += filler.count
        }
        try handle.close()
        defer { try? FileManager.default.removeItem(at: url) }
        let started = Date()
        let run = try Self.run(["."], in: folder)
        let seconds = Date().timeIntervalSince(started)
        #expect(run.status == 1)
        #expect(run.stdout.contains("b.txt:1:29: error: people · injured: \"45\" here, \"40\" in 1 place [count-conflict]\n  a.txt:1:16: note: \"40\"\n"),
                "\(run.stdout.suffix(2000))")
        #expect(run.stderr.contains("a.txt: notice: larger than the 16 MB file size limit; only the text before line "))
        #expect(run.stderr.contains("a.txt: notice: more than 10000 claims (the claims-per-document limit); only those up to line "))
        // The largest child of this test process so far, in KB.
        var usage = rusage()
        #if os(Linux)
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        let peak = usage.ru_maxrss
        #else
        getrusage(RUSAGE_CHILDREN, &usage)
        let peak = usage.ru_maxrss / 1024
        #endif
        #expect(peak < 1_000_000, "peak memory \(peak) KB")
        print("100 MB article: \(String(format: "%.1f", seconds)) s, peak memory of a child \(peak) KB")
    }

    @Test("a 1 MB line: read whole, and columns count every character before the claim")
    func megabyteLine() throws {
        var line = ""
        while line.utf8.count < 1_000_000 - 100 {
            line += "The weather was calm — the café on the square stayed open late. "
        }
        let column = line.unicodeScalars.count + "Officials said ".count + 1
        line += Self.conflicting
        let folder = try CLI.folder(["a.txt": line, "b.txt": Self.other])
        let run = try Self.run(["."], in: folder)
        #expect(run.status == 1)
        #expect(run.stdout.contains("a.txt:1:\(column):"), "\(run.stdout)")
        #expect(run.stderr.isEmpty, "\(run.stderr)")
    }

    @Test("CRLF line ends and byte-order marks (UTF-8, UTF-16): positions as an editor shows them")
    func crlfAndBOM() throws {
        let a = [0xEF, 0xBB, 0xBF] + Array("Headline\r\n\r\n\(Self.conflicting)\r\n".utf8)
        var b: [UInt8] = [0xFF, 0xFE]
        for unit in "Intro line\r\nThe blast on Monday injured 45 people, officials said.\r\n".utf16 {
            b += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
        let folder = try CLI.folder(bytes: ["a.txt": a, "b.txt": b])
        let run = try Self.run(["."], in: folder)
        #expect(run.status == 1)
        #expect(run.stdout.contains("a.txt:3:16:"), "\(run.stdout)")
        #expect(run.stdout.contains("b.txt:2:29:"), "\(run.stdout)")
        #expect(run.stderr.contains("b.txt: notice: read as UTF-16 (byte-order mark)"))
    }

    @Test("HTML in windows-1251, ISO-8859-1 and windows-1252: decoded as declared, columns count characters")
    func declaredCharsets() throws {
        let cyrillic = "<html><head><meta charset=\"windows-1251\"><title>Вясна</title></head><body><article>\n"
            + "<p>Правозащитный центр «Вясна» сообщил, что 52 political prisoners were released on Thursday.</p>\n"
            + "<p>Святлана Ціханоўская said “we will not give up”.</p></article></body></html>\n"
        let latin = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"></head><body>\n"
            + "<p>Café owners in Zürich said 12 people were hurt on Monday.</p></body></html>\n"
        let windows1252 = "<?xml version=\"1.0\" encoding=\"windows-1252\"?>\n"
            + "<html><body><p>The fund paid €3 million — officials said “40 people” were hurt on Monday.</p></body></html>\n"
        let folder = try CLI.folder(bytes: [
            "cyrillic.html": try #require(cyrillic.data(using: .windowsCP1251)).map { $0 },
            "latin.html": try #require(latin.data(using: .isoLatin1)).map { $0 },
            "w1252.html": try #require(windows1252.data(using: .windowsCP1252)).map { $0 },
        ])
        let run = try Self.run(["claims", ".", "--format", "json"], in: folder)
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty, "\(run.stderr)")
        let claims = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        func find(_ path: String, _ text: String) -> (Int, Int)? {
            claims.first { $0["path"] as? String == path && $0["text"] as? String == text }
                .map { ($0["line"] as? Int ?? 0, $0["column"] as? Int ?? 0) }
        }
        #expect(find("cyrillic.html", "52")! == (2, 45))
        #expect(find("cyrillic.html", "Святлана Ціханоўская")! == (3, 4))
        #expect(find("latin.html", "Zürich")! == (2, 19))
        #expect(find("latin.html", "12")! == (2, 31))
        #expect(find("w1252.html", "€3 million")! == (2, 30))
    }

    @Test("HTML declaring an unknown charset: read as UTF-8, with a notice")
    func unknownCharset() throws {
        let folder = try CLI.folder(["a.html": "<meta charset=\"x-klingon\"><p>\(Self.conflicting)</p>", "b.txt": Self.other])
        let run = try Self.run(["."], in: folder)
        #expect(run.status == 1)
        #expect(run.stderr.contains("a.html: notice: unknown charset 'x-klingon' declared; read as UTF-8"))
    }

    @Test("malformed and deeply nested HTML (100,000 <div>s, unclosed tags): read, with positions")
    func deepHTML() throws {
        let deep = "<html><body>" + String(repeating: "<div>", count: 100_000) + "\n<p>\(Self.conflicting)</p>"
            + String(repeating: "</div>", count: 100_000) + "</body></html>"
        let unclosed = "<html><body>" + String(repeating: "<span><b><font>", count: 30_000) + "\n<p>\(Self.conflicting)"
            + "</i></table>>>><<<&&&;<!-- <p"
        let folder = try CLI.folder(["deep.html": deep, "unclosed.html": unclosed, "b.txt": Self.other])
        let run = try Self.run(["."], in: folder)
        #expect(run.status == 1)
        #expect(run.stdout.contains("deep.html:2:19:"), "\(run.stdout)")
        #expect(run.stdout.contains("unclosed.html:2:19:"), "\(run.stdout)")
    }

    @Test("HTML with external entities and entity bombs: nothing fetched, nothing expanded")
    func entities() throws {
        let bomb = (0..<9).map { i -> String in
            let name = String(UnicodeScalar(UInt8(98 + i)))
            let previous = String(UnicodeScalar(UInt8(97 + i)))
            return "<!ENTITY \(name) \"" + String(repeating: "&\(previous);", count: 10) + "\">"
        }.joined()
        let page = "<?xml version=\"1.0\"?>\n<!DOCTYPE html [<!ENTITY a \"lol\">\(bomb)"
            + "<!ENTITY xxe SYSTEM \"file:///etc/passwd\"><!ENTITY net SYSTEM \"http://10.255.255.1/x.dtd\"> %net;]>\n"
            + "<html><body><p>\(Self.conflicting) &xxe; &net; &j;</p></body></html>\n"
        let folder = try CLI.folder(["a.html": page, "b.txt": Self.other])
        let started = Date()
        let run = try Self.run(["."], in: folder)
        #expect(Date().timeIntervalSince(started) < 60)
        #expect(run.status == 1)
        #expect(run.stdout.contains("a.html:3:31:"), "\(run.stdout)")
        let claims = try Self.run(["claims", "a.html", "--format", "json"], in: folder)
        #expect(!claims.stdout.contains("root:"))
        #expect(!claims.stdout.contains("lollol"))
    }

    @Test("a huge page of tags: parsed up to the HTML tag limit, in bounded memory")
    func tagSoup() throws {
        let page = "<html><body><p>\(Self.conflicting)</p>\n" + String(repeating: "<b>", count: 1_000_000)
        let folder = try CLI.folder(["a.html": page, "b.txt": Self.other])
        let run = try Self.run(["."], in: folder)
        #expect(run.status == 1)
        #expect(run.stderr.contains("a.html: notice: more than 200000 tags (the HTML tag limit); only the page before line 2, column 599989 was read"))
    }

    @Test("symbolic link loops are cut, and a file reached twice is read once")
    func symlinkLoops() throws {
        let folder = try CLI.folder(["story/a.txt": Self.conflicting + "\n", "story/b.txt": Self.other])
        let story = folder.appendingPathComponent("story")
        try FileManager.default.createSymbolicLink(atPath: story.appendingPathComponent("loop").path, withDestinationPath: ".")
        try FileManager.default.createSymbolicLink(atPath: story.appendingPathComponent("up").path, withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: story.appendingPathComponent("c.txt").path, withDestinationPath: "a.txt")
        let run = try Self.run(["story"], in: folder)
        #expect(run.status == 1)
        #expect(run.stderr.contains("story/loop: notice: folder already visited (a symlink loop?); skipped"))
        #expect(run.stderr.contains("story/up/story: notice: folder already visited (a symlink loop?); skipped"))
        #expect(run.stderr.contains("story/c.txt: notice: the same file as story/a.txt (a link); skipped"))
        #expect(run.stdout.contains("2 documents"))
    }

    @Test("unreadable files: an error when named, a notice inside a folder",
          .enabled(if: CLI.canRunUnprivileged, "running as root without setpriv, where file permissions do not apply"))
    func unreadable() throws {
        let folder = try CLI.folder(["story/a.txt": Self.conflicting + "\n", "story/b.txt": Self.other])
        let path = folder.appendingPathComponent("story/a.txt").path
        chmod(path, 0)
        defer { chmod(path, 0o644) }
        let named = try CLI.run(["story/a.txt"], in: folder, unprivileged: true)
        #expect(named.status == 2)
        #expect(named.stderr.contains("story/a.txt: error: cannot read it (Permission denied); check its permissions"), "\(named.stderr)")
        let inside = try CLI.run(["story"], in: folder, unprivileged: true)
        #expect(inside.status == 0)
        #expect(inside.stderr.contains("story/a.txt: notice: cannot open the file (Permission denied); skipped"), "\(inside.stderr)")
    }

    @Test("a missing path is an error")
    func missing() throws {
        let run = try Self.run(["no-such-story/"], in: try CLI.folder([:]))
        #expect(run.status == 2)
        #expect(run.stderr.contains("no-such-story/: error: no such file or folder (No such file or directory)"))
    }

    @Test("a device or FIFO: an error when named, skipped inside a folder, never waited on")
    func specialFiles() throws {
        let folder = try CLI.folder(["story/b.txt": Self.other])
        let fifo = folder.appendingPathComponent("story/pipe.txt").path
        #expect(mkfifo(fifo, 0o644) == 0)
        let device = try Self.run(["/dev/null"], in: folder)
        #expect(device.status == 2)
        #expect(device.stderr.contains("/dev/null: error: a device, not a regular file or folder; name an article file or a folder"))
        let named = try Self.run(["story/pipe.txt"], in: folder)
        #expect(named.status == 2)
        #expect(named.stderr.contains("story/pipe.txt: error: a FIFO (named pipe), not a regular file or folder"))
        let inside = try Self.run(["story"], in: folder)
        #expect(inside.status == 0)
        #expect(inside.stderr.contains("story/pipe.txt: notice: a FIFO (named pipe), not a regular file; skipped"))
        #expect(inside.stdout.hasPrefix("1 document"))
    }

    @Test("a file name that is not UTF-8: skipped with a notice that says so")
    func nonUTF8FileName() throws {
        let folder = try CLI.folder(["story/b.txt": Self.other])
        // "Caf\xE9.txt": a Latin-1 name, as an old archive unpacked on Linux has them.
        let name: [CChar] = Array("story/Caf".utf8CString.dropLast()) + [CChar(bitPattern: 0xE9)] + Array(".txt".utf8CString)
        let fd = name.withUnsafeBufferPointer { buffer in
            folder.path.withCString { root in
                let directory = open(root, O_RDONLY)
                defer { close(directory) }
                return openat(directory, buffer.baseAddress!, O_WRONLY | O_CREAT, 0o644)
            }
        }
        #expect(fd >= 0)
        close(fd)
        let run = try Self.run(["story"], in: folder)
        #expect(run.status == 0)
        #expect(run.stderr.contains("story/Caf\u{FFFD}.txt: notice: the file name is not UTF-8 (shown with U+FFFD); rename the file to have it read; skipped"),
                "\(run.stderr)")
    }

    @Test("a baseline that is a FIFO or not a baseline: an error, never waited on")
    func hostileBaseline() throws {
        let folder = try CLI.folder(["a.txt": Self.conflicting + "\n", "junk.json": "{\"tool\": 1}"])
        #expect(mkfifo(folder.appendingPathComponent("fifo.json").path, 0o644) == 0)
        let fifo = try Self.run([".", "--baseline", "fifo.json"], in: folder)
        #expect(fifo.status == 2)
        #expect(fifo.stderr.contains("fifo.json: error: cannot read the baseline file: a FIFO (named pipe), not a regular file; write one with --write-baseline fifo.json"),
                "\(fifo.stderr)")
        let junk = try Self.run([".", "--baseline", "junk.json"], in: folder)
        #expect(junk.status == 2)
        #expect(junk.stderr.contains("junk.json: error: not a factlint baseline"), "\(junk.stderr)")
    }
}
