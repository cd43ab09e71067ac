// Where a scan's time goes: scans one file on one thread with three detector sets and prints
// MB/s for each, so that the engine's own cost and the detectors' can be told apart.
// A measurement for scripts/benchmark.sh, not a test.
//
//   leakscan-stages FILE
#if canImport(Glibc)
import Glibc
#endif
import LeakScan

func seconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

let arguments = CommandLine.arguments
guard arguments.count == 2 || arguments.count == 3 else {
    print("usage: leakscan-stages FILE [all|shape|none]")
    exit(2)
}
let path = arguments[1]
let allStages: [(key: String, name: String, detectors: [Detector])] = [
    ("all", "every detector", StandardDetectors.all()),
    ("shape", "values with a shape", StandardDetectors.valuesWithAShape()),
    ("none", "no detector (read, split, walk bytes)", []),
]
// One stage alone, for a profiler.
let stages = allStages.filter { arguments.count == 2 || $0.key == arguments[2] }.map { ($0.name, $0.detectors) }
guard !stages.isEmpty else {
    print("leakscan-stages: no stage \(arguments[2]); stages are all, shape, none")
    exit(2)
}
do {
    for (name, detectors) in stages {
        let source = try FileSource(path: path)
        let engine = DetectionEngine(detectors: detectors)
        let start = seconds()
        let counts = try FindingCounter.count(source, engine: engine)
        let elapsed = seconds() - start
        let found = Kind.allCases.compactMap { kind in counts[kind].map { "\(kind.rawValue)=\($0)" } }
        let rate = Double(source.size ?? 0) / 1e6 / elapsed
        print("\(name)\t\(String(format: "%.3f", elapsed))\t\(String(format: "%.1f", rate))\t\(found.joined(separator: " "))")
    }
} catch {
    print("leakscan-stages: \(error)")
    exit(2)
}
