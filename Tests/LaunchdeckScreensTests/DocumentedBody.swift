import Foundation
import LaunchdeckAPI
import LaunchdeckModel
import LaunchdeckScreens
import LaunchdeckTesting
import TerminalUI

/// A documented example body (Tests/LaunchdeckClientTests/Fixtures, verbatim from the
/// seeds), read as the client reads it, optionally with one field replaced first; and a
/// screen drawn from data at the fixtures' `now`.
enum DocumentedBody {
    static func decode<T: Decodable>(_ name: String, as: T.Type, replacing: (String, String)? = nil) throws -> T {
        var text = try PackagePaths.text("Tests/LaunchdeckClientTests/Fixtures/\(name).json")
        if let (old, new) = replacing {
            precondition(text.contains(old), "\(name) holds \(old)")
            text = text.replacingOccurrences(of: old, with: new)
        }
        return try LenientJSON.decode(T.self, from: Data(text.utf8)).value
    }

    static func render(_ route: Route, data: DashboardData, now: Date, width: Int = 120, height: Int = 40) -> [String] {
        var state = DashboardState()
        state.navigation.push(route)
        var buffer = Buffer(size: Size(width: width, height: height))
        DashboardScreen(state: state, data: data, flash: nil, budgets: [])
            .render(into: &buffer, context: PaneContext(now: now, demo: false))
        return buffer.lines
    }

    /// Data holding `drill` as `route`'s drill-down, fetched at `now`.
    static func data(_ route: Route, _ drill: DrillDown, now: Date) -> DashboardData {
        var data = DashboardData()
        data.drillDown = (route, Loadable(value: drill, fetchedAt: now))
        return data
    }
}
