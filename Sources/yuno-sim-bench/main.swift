import Foundation
import YunoSimCore

// The benchmark's own driver; `bench/run.sh` calls it. Not a user-facing command.
//   yuno-sim-bench scheduler EVENTS [CONCURRENCY]   scheduler and clock alone
//   yuno-sim-bench pipeline EVENTS [CONCURRENCY]    render + sign + in-memory transport (500)
//   yuno-sim-bench render EVENTS                    render + sign on one thread (profiling)
//   yuno-sim-bench body EVENT                       one compact catalogue body on stdout
// Prints `attempts=N seconds=S attempts_per_s=R` for the measurements.

let arguments = Array(CommandLine.arguments.dropFirst())

func usage() -> Never {
    FileHandle.standardError.write(Data("usage: yuno-sim-bench scheduler|pipeline|render EVENTS [CONCURRENCY] | body EVENT\n".utf8))
    exit(2)
}

func report(attempts: Int, since start: ContinuousClock.Instant) {
    let seconds = (ContinuousClock.now - start).seconds
    let rate = Double(attempts) / seconds
    print("attempts=\(attempts) seconds=\(String(format: "%.3f", seconds)) attempts_per_s=\(Int(rate))")
}

guard let mode = arguments.first, arguments.count >= 2 else { usage() }
if mode == "body" {
    let template = try EventTemplate(event: arguments[1])
    let body = template.render(instanceSeed: 1, retry: 0, time: Date(timeIntervalSince1970: 1_772_366_400))
    FileHandle.standardOutput.write(Data(body))
    exit(0)
}
guard let events = Int(arguments[1]), events > 0 else { usage() }
let benchmark = SchedulerBenchmark(events: events, concurrency: arguments.count > 2 ? Int(arguments[2]) ?? 64 : 64)
let start = ContinuousClock.now
switch mode {
case "scheduler":
    report(attempts: benchmark.schedulerAlone(), since: start)
case "pipeline":
    report(attempts: try await benchmark.fullPipeline(), since: start)
case "render":
    report(attempts: try benchmark.renderAndSign(), since: start)
default:
    usage()
}
