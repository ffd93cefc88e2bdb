import Foundation
import SaphaSupport

/// How long one stage of a run took: wall time, and CPU time of all threads (CPU above wall
/// is the stage running on several cores).
public struct StageTiming: Sendable, Equatable, CustomStringConvertible {
    public var stage: String
    public var seconds: Double
    public var cpu: Double

    /// How every command prints a stage's time (`--timings`): name, wall time, CPU time.
    public var description: String {
        String(format: "  %-7@ %8.3f s  (CPU %.3f s)", stage, seconds, cpu)
    }
}

/// Times the stages of one run, one after the other: each `lap` closes the stage that ran
/// since the previous lap (or since the clock started). Every command times its stages with it.
public struct StageClock: Sendable {
    public private(set) var timings: [StageTiming] = []
    private let start: UInt64
    private var wall: UInt64
    private var cpu: Double

    public init() {
        start = DispatchTime.now().uptimeNanoseconds
        wall = start
        cpu = Self.cpuSeconds()
    }

    /// Ends `stage` now.
    public mutating func lap(_ stage: String) {
        let now = DispatchTime.now().uptimeNanoseconds, cpuNow = Self.cpuSeconds()
        timings.append(StageTiming(stage: stage, seconds: Double(now - wall) / 1e9, cpu: cpuNow - cpu))
        wall = now
        cpu = cpuNow
    }

    /// Wall time since the clock started.
    public var elapsed: Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }

    /// User and system CPU time of the process so far, all threads.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }
}
