#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckModel
import LaunchdeckScreens

/// How long the UI loop may sleep: until an age on screen changes its text or colour, the
/// clock its minute, or the flash line changes (at most 15 s). New data, keys, resizes and
/// signals wake it at once.
enum NextWake {
    static func milliseconds(data: DashboardData, flashes: FlashQueue, now: Date) -> Int32 {
        var ages: [(age: TimeInterval, interval: TimeInterval)] = []
        func add<V>(_ state: Loadable<V>, _ pane: Pane) {
            if let age = state.age(at: now) { ages.append((age, data.interval(pane))) }
        }
        add(data.web, .web)
        add(data.experiments, .experiments)
        add(data.pushes, .push)
        add(data.crashes, .crashes)
        if let drill = data.drillDown { add(drill.state, drill.route.pane) }
        var seconds = NextChange.after(ages: ages, now: now)
        if let flash = flashes.secondsToNextChange(now: now) { seconds = min(seconds, flash) }
        return Int32(((seconds + 0.02) * 1000).rounded(.up))  // just past the change, not just before
    }
}
