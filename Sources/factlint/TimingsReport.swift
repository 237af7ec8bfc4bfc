import FactlintCore

/// `--timings` (hidden, for benchmarks): seconds per pipeline stage on standard error.
enum TimingsReport {
    static func text(_ timings: StageTimings, wall: Double, threads: Int) -> String {
        var lines = ["timings (seconds; per-document stages added up over \(threads) worker thread\(threads == 1 ? "" : "s")):"]
        let totals = timings.totals
        let busy = totals.reduce(0) { $0 + $1.seconds }
        for (stage, seconds) in totals {
            let share = busy > 0 ? seconds / busy * 100 : 0
            lines.append("  " + stage.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0)
                         + format(seconds, 4) + "  " + format(share, 1) + "%")
        }
        lines.append("  " + "wall".padding(toLength: 11, withPad: " ", startingAt: 0) + format(wall, 4))
        return lines.joined(separator: "\n")
    }

    private static func format(_ value: Double, _ decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        var text = "\(rounded)"
        let fraction = text.split(separator: ".").last.map(\.count) ?? 0
        if fraction < decimals { text += String(repeating: "0", count: decimals - fraction) }
        return String(repeating: " ", count: max(0, 9 - text.count)) + text
    }
}
