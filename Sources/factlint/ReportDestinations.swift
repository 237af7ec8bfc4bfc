import Foundation

/// Where each report of a run goes (`--format FORMAT[:FILE]`), and the combinations of options
/// that cannot all be honoured: two reports (or a report and a baseline) written to one file, a
/// baseline read from the file the same run writes, a report written over an article being
/// linted, or a machine-readable report sharing standard output with another.
struct ReportDestinations {
    /// One report: its format and its file (nil for standard output).
    struct Destination {
        var format: String
        var file: String?
    }

    /// Formats that a program parses, so they must have standard output to themselves.
    static let machineReadable: Set<String> = ["json", "junit", "sarif", "checkstyle", "html"]

    let destinations: [Destination]

    init(_ formats: [String]) {
        destinations = formats.map { format in
            let parts = format.split(separator: ":", maxSplits: 1).map(String.init)
            return Destination(format: parts.first ?? format, file: parts.count == 2 ? parts[1] : nil)
        }
    }

    /// Why these outputs cannot be written together, or nil when they can.
    func conflict(baseline: String?, writeBaseline: String?, paths: [String]) -> String? {
        let toOutput = destinations.filter { $0.file == nil }.map(\.format)
        if toOutput.count > 1, let machine = toOutput.first(where: ReportDestinations.machineReadable.contains) {
            let other = toOutput.first { $0 != machine } ?? machine
            return "--format \(machine) and --format \(other) would both go to standard output and mix there; "
                + "write one of them to a file (--format \(machine):FILE)"
        }
        if Set(toOutput).count < toOutput.count, let twice = toOutput.first(where: { name in toOutput.count { $0 == name } > 1 }) {
            return "--format \(twice) is given twice for standard output"
        }
        var writers: [(file: String, option: String)] = destinations.compactMap { destination in
            destination.file.map { ($0, "--format \(destination.format):\($0)") }
        }
        if let writeBaseline { writers.append((writeBaseline, "--write-baseline \(writeBaseline)")) }
        var claimed: [String: String] = [:]
        for writer in writers {
            let key = ReportDestinations.canonical(writer.file)
            if let earlier = claimed[key] {
                return "\(earlier) and \(writer.option) write the same file; give each its own file"
            }
            claimed[key] = writer.option
        }
        if let baseline, let writer = claimed[ReportDestinations.canonical(baseline)] {
            return "--baseline \(baseline) is the file \(writer) writes in the same run; record a baseline with "
                + "--write-baseline first, then lint with --baseline"
        }
        for path in paths {
            if let writer = claimed[ReportDestinations.canonical(path)] {
                return "\(writer) would overwrite \(path), which is being linted; write the report elsewhere"
            }
        }
        return nil
    }

    /// A path made absolute, with `.`, `..` and symbolic links resolved, to compare files.
    static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
