#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Synchronization

/// The faults in force, switchable while clients run (tests, the admin endpoint).
public final class FaultSwitch: Sendable {
    private struct State {
        var rules: [FaultRule] = []
        /// Matching requests seen by each rule since it was set, for exact rates.
        var seen: [Int] = []
        var generation = 0
        var stopping = false
    }

    private let state = Mutex(State())

    init(_ rules: [FaultRule] = []) { set(rules) }

    /// Replaces the rules (an empty list switches every fault off).
    public func set(_ rules: [FaultRule]) {
        state.withLock {
            $0.rules = rules
            $0.seen = rules.map { _ in 0 }
            $0.generation += 1
        }
    }

    /// Parses `spec` (see `FaultRule`) and puts it in force.
    public func set(spec: String) throws(FaultRule.ParseError) { set(try FaultRule.parse(spec)) }

    public func clear() { set([]) }

    public var rules: [FaultRule] { state.withLock { $0.rules } }

    /// The spec of the rules in force ("off" when none).
    public var spec: String {
        let rules = self.rules
        return rules.isEmpty ? "off" : rules.map(\.description).joined(separator: ",")
    }

    /// The faults a request to `service` gets now: at most one latency and one other fault.
    func draw(for service: FaultRule.Service) -> (faults: [FaultRule.Kind], generation: Int) {
        state.withLock { s in
            var out: [FaultRule.Kind] = []
            for index in s.rules.indices where s.rules[index].service == service || s.rules[index].service == .all {
                s.seen[index] += 1
                let n = Double(s.seen[index]), rate = s.rules[index].rate
                // Fires on the requests where ⌊n × rate⌋ steps up: exactly `rate` of them.
                if (n * rate).rounded(.down) > ((n - 1) * rate).rounded(.down) { out.append(s.rules[index].kind) }
            }
            return (out, s.generation)
        }
    }

    /// True while a stall that began in `generation` should go on.
    func stallContinues(_ generation: Int) -> Bool {
        state.withLock { !$0.stopping && $0.generation == generation }
    }

    /// Ends every stall (the simulator is stopping).
    func stop() { state.withLock { $0.stopping = true } }
}
