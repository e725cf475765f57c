#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckConfig
import LaunchdeckModel
import LaunchdeckScreens
import TerminalUI

/// Alerts: each new snapshot goes through the rules; what fires goes to the flash line, a
/// desktop notification and, when configured, the bell.
struct AlertRouter {
    private var engine: AlertEngine
    private let bell: Bool
    private let style: DesktopNotification

    init(rules: [AlertSpec], ui: UISettings) {
        engine = AlertEngine(rules: rules)
        bell = ui.bell
        style = switch ui.notifications {
        case .off: .off
        case .osc9: .osc9
        case .osc777: .osc777
        }
    }

    /// Every alert fired so far, for the alerts screen.
    var history: [FiredAlert] { engine.history }
    /// The rules the data cannot make fire, with the reason.
    var silent: [String] { engine.silent }

    /// The rules `update` makes fire, when it carries a snapshot newer than the one `data` shows.
    mutating func observe(_ update: DataHub.Update, replacing data: DashboardData, at now: Date) -> [FiredAlert] {
        /// The snapshot `value` carries when it is not the one already shown.
        func new<V>(_ value: Loadable<V>, _ shown: Loadable<V>) -> V? { value.fetchedAt != shown.fetchedAt ? value.value : nil }
        let fired: [FiredAlert]? = switch update {
        case .web(let value): new(value, data.web).map { engine.observe(web: $0, at: now) }
        case .experiments(let value): new(value, data.experiments).map { engine.observe(experiments: $0, at: now) }
        case .pushes(let value): new(value, data.pushes).map { engine.observe(pushes: $0, at: now) }
        case .crashes(let value): new(value, data.crashes).map { engine.observe(crashes: $0, at: now) }
        case .drill: nil
        }
        return fired ?? []
    }

    /// Puts each fired alert on the flash line (after what waits there) and on the desktop,
    /// then rings the bell once when asked to.
    func deliver(_ fired: [FiredAlert], to flashes: inout FlashQueue, terminal: any InteractiveBackend) {
        guard !fired.isEmpty else { return }
        for alert in fired {
            flashes.enqueue("ALERT \(alert.rule): \(alert.message)", isError: true)
            terminal.notify(alert.message, title: "launchdeck: \(alert.rule)", style: style)
        }
        if bell { terminal.bell() }
    }
}
