import LaunchdeckModel
import TerminalUI

/// Carries out what a key asked for beyond moving around: reading data now, opening a
/// drill-down's data, themes, sites and apps, and what the flash line says about it.
struct EffectInterpreter {
    let hub: DataHub
    /// For finding themes (`XDG_CONFIG_HOME`, `HOME`).
    let environment: [String: String]

    /// Carries out one effect; true when the app should quit. `route` is where the
    /// navigation is now, `query` what its drill-down asks for.
    func perform(_ effect: Effect, route: Route, query: DrillDownQuery, terminal: any InteractiveBackend,
                 flashes: inout FlashQueue) -> Bool {
        let ellipsis = terminal.glyphs.ellipsis
        switch effect {
        case .quit: return true
        case .refreshPane(let pane):
            hub.refresh(pane)
            flashes.say("refreshing \(pane.title)\(ellipsis)")
        case .refreshScreen(let route):
            hub.open(route, query: query, force: true)
            flashes.say("refreshing \(route.title)\(ellipsis)")
        case .refreshAll:
            hub.refreshAll()
            flashes.say("refreshing everything\(ellipsis)")
        case .opened(let route):
            hub.open(route, query: query)
        case .setTheme(let name):
            do {
                terminal.setTheme(try ThemeLoader.load(name: name, environment: environment))
                flashes.say("theme \(name)")
            } catch {
                flashes.say(error.description, isError: true)
            }
        case .setSite(let site):
            guard hub.choose(site: site) else {
                flashes.say("Tinylytics is off: set TINYLYTICS_API_KEY first", isError: true)
                return false
            }
            flashes.say("site \(site)\(ellipsis)")
        case .setApp(let app):
            guard hub.choose(app: app) else {
                flashes.say("Apteligent is off: set its credentials first", isError: true)
                return false
            }
            flashes.say("app \(app)\(ellipsis)")
        case .setRange, .setGrouping, .setZone:
            if route == .hits {
                hub.open(.hits, query: query)
            } else {
                flashes.say("applies to the hits screen (:open hits)")
            }
        case .flash(let text, let isError):
            flashes.say(text, isError: isError)
        case .setT0, .replay:
            break  // the event loop sets T0 and drives replay: it holds the data the screens draw
        }
        return false
    }
}
