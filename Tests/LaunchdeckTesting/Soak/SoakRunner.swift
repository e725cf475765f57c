import Foundation

/// Runs a `SoakPlan`: each phase's faults on for its time, then off until every pane has
/// recovered (or its deadline passed), reading the screen twice a second and judging each
/// screen with `SoakChecks`. Memory is read every few seconds.
public struct SoakRunner: Sendable {
    public var plan: SoakPlan
    public var checks: SoakChecks
    /// Seconds between screens.
    public var period: Double = 0.5
    /// Growth allowed from baseline to end: 16 MiB, or a quarter of the baseline if larger.
    public static func memoryTolerance(baseline: Int) -> Int { max(16 * 1024, baseline / 4) }

    public init(plan: SoakPlan) {
        self.plan = plan
        checks = SoakChecks(plan: plan)
    }

    /// Runs the plan against the dashboard `binary`; throws only when the soak cannot start.
    public func run(binary: String, log: @Sendable (String) -> Void = { _ in }) async throws -> SoakReport {
        let session = try await SoakSession(plan: plan, binary: binary)
        var report = SoakReport(plan: plan)
        let started = Date()
        report.memory.start = ProcessProbe.residentKiB(session.dashboard) ?? 0
        report.memory.peak = report.memory.start
        var alive = true
        for (index, phase) in plan.phases.enumerated() {
            log("phase \(phase.name): \(phase.spec) for \(Int(phase.seconds)) s")
            var result = SoakReport.PhaseResult(name: phase.name, spec: phase.spec, seconds: phase.seconds)
            alive = await faultsOn(phase, result: &result, report: &report, session: session)
            if alive { alive = await faultsOff(phase, result: &result, report: &report, session: session) }
            report.phases.append(result)
            log("  recovered: \(result.recovery.sorted { $0.key < $1.key }.map { "\($0.key): \(String(format: "%.1f", $0.value)) s" })")
            if index == 0 { report.memory.baseline = ProcessProbe.residentKiB(session.dashboard) ?? 0 }
            if !alive { break }
        }
        if alive {
            try? await Task.sleep(for: .seconds(plan.tail))
            report.memory.end = ProcessProbe.residentKiB(session.dashboard) ?? 0
            report.memory.peak = max(report.memory.peak, report.memory.end)
            report.exitStatus = try? session.quit()
            if report.exitStatus == nil { report.violations.append("the dashboard did not exit after q") }
        }
        report.memoryTolerance = Self.memoryTolerance(baseline: report.memory.baseline)
        report.seconds = Date().timeIntervalSince(started)
        await session.close()
        return report
    }

    /// Faults on for the phase's time; false when the dashboard died.
    private func faultsOn(_ phase: SoakPlan.Phase, result: inout SoakReport.PhaseResult, report: inout SoakReport,
                          session: SoakSession) async -> Bool {
        do {
            try await session.simulator.setFaults(phase.spec)
        } catch {
            report.violations.append("[\(phase.name)] the simulator refused the faults: \(error)")
            return true
        }
        let on = Date()
        while Date().timeIntervalSince(on) < phase.seconds {
            guard let sample = read(session, phase: phase.name, report: &report) else { return false }
            let elapsed = sample.time.timeIntervalSince(on)
            report.add(checks.during(phase, elapsed: elapsed, panes: sample.panes), phase: phase.name)
            for (number, pane) in sample.panes where pane.error != nil { result.errorsShown.insert(number) }
            try? await Task.sleep(for: .seconds(period))
        }
        return true
    }

    /// Faults off until every pane has recovered or the last deadline passed; false when
    /// the dashboard died.
    private func faultsOff(_ phase: SoakPlan.Phase, result: inout SoakReport.PhaseResult, report: inout SoakReport,
                           session: SoakSession) async -> Bool {
        do {
            try await session.simulator.setFaults("off")
        } catch {
            report.violations.append("[\(phase.name)] the simulator did not switch its faults off: \(error)")
        }
        let off = Date()
        let deadline = SoakPlan.panes.map { checks.recoveryDeadline(ofPane: $0.number) }.max() ?? 30
        var last: SoakSession.Sample?
        while result.recovery.count < SoakPlan.panes.count, Date().timeIntervalSince(off) < deadline {
            guard let sample = read(session, phase: phase.name, report: &report) else { return false }
            let elapsed = sample.time.timeIntervalSince(off)
            for (number, pane) in sample.panes where result.recovery[number] == nil && checks.recovered(pane, elapsed: elapsed) {
                result.recovery[number] = elapsed
            }
            last = sample
            try? await Task.sleep(for: .seconds(period))
        }
        for (number, name, _) in SoakPlan.panes {
            let limit = checks.recoveryDeadline(ofPane: number)
            if let seconds = result.recovery[number], seconds <= limit { continue }
            let shown = last?.panes[number].map { "\"\($0.ageText ?? "no age")\"" + ($0.error.map { ", \"! \($0)\"" } ?? "") }
            report.violations.append("[\(phase.name)] pane \(number) (\(name)) did not recover within \(Int(limit)) s "
                                     + "after the faults stopped (interval \(Int(plan.interval(ofPane: number))) s); "
                                     + "it showed \(shown ?? "nothing")")
        }
        return true
    }

    /// One screen, judged by the rules that always hold, with memory read now and then;
    /// nil (and a violation) when the dashboard is gone.
    private func read(_ session: SoakSession, phase: String, report: inout SoakReport) -> SoakSession.Sample? {
        guard let sample = try? session.sample(), session.dashboardIsRunning(sample) else {
            let screen = (try? session.tmux.capture()) ?? []
            report.violations.append("[\(phase)] the dashboard died:\n" + screen.joined(separator: "\n"))
            return nil
        }
        report.samples += 1
        report.add(checks.always(sample.panes), phase: phase)
        if report.samples % 10 == 0, let rss = ProcessProbe.residentKiB(session.dashboard) {
            report.memory.peak = max(report.memory.peak, rss)
        }
        return sample
    }
}
