#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI
import LaunchdeckClient

/// `launchdeck check`: one cheap call per configured service (Tinylytics `/me`, Taplytics one
/// experiment page, Apteligent a token and `/v2/apps`), a table of what happened, and exit
/// status 1 when any call failed or nothing is configured.
public enum CheckRunner {
    struct Row: Sendable, Equatable {
        var service: String
        var baseURL: String
        var auth: String
        var result: String
        var ok: Bool
        var latency: String
        var budget: String
    }

    public static func run(forceDemo: Bool, configPath: String? = nil, environment: [String: String]) async -> Int32 {
        guard let config = AppConfig.load(for: "launchdeck check", path: configPath, environment: environment) else {
            return 2
        }
        let services: Services
        switch await Services.open(forceDemo: forceDemo, configuration: config.configuration, environment: environment,
                                   demoWhenUnconfigured: false, retry: .never) {
        case .success(let opened): services = opened
        case .failure(let error):
            Console.error("launchdeck check: \(error.description)")
            return 2
        }
        let rows = await check(services)
        await services.shutdown()
        print(table(rows))
        if services.isDemo { print("\n(the demo: the embedded simulator on 127.0.0.1, not the real services)") }
        let off = Services.hints.filter { pane, _ in services.offHints[pane] != nil }
        for hint in Set(off.values).sorted() { print(hint) }
        if rows.isEmpty {
            Console.error("launchdeck check: no service is configured, so nothing was checked "
                          + "(run `launchdeck check --demo` to try the simulator)")
            return 1
        }
        return rows.allSatisfy(\.ok) ? 0 : 1
    }

    static func check(_ services: Services) async -> [Row] {
        var rows: [Row] = []
        if let t = services.tinylytics {
            rows.append(await row("Tinylytics", t.client.baseURL, auth: "API key", budget: t.client.budget, per: "h") {
                let me = try await t.client.me()
                return "ok, key \(me.apiKey?.accessType ?? "valid")"
            })
        }
        if let client = services.taplytics {
            rows.append(await row("Taplytics", client.baseURL, auth: "API token", budget: client.budget, per: "h") {
                let page = try await client.experiments(TaplyticsPageQuery(page: 1, perPage: 1))
                return "ok, \(page.items.isEmpty ? "no" : "found") experiments"
            })
        }
        if let a = services.apteligent {
            rows.append(await row("Apteligent", a.client.baseURL, auth: "OAuth2", budget: a.client.budget, per: "min") {
                let apps = try await a.client.apps(attributes: ["appName"])
                return "ok, \(apps.count) app\(apps.count == 1 ? "" : "s")"
            })
        }
        return rows
    }

    private static func row(_ service: String, _ url: URL, auth: String, budget: RateBudget, per: String,
                            _ call: () async throws -> String) async -> Row {
        let clock = ContinuousClock()
        let start = clock.now
        var result: String
        var ok = true
        do {
            result = try await call()
        } catch {
            ok = false
            result = (error as? ClientError)?.description ?? String(describing: error)
            // check makes one call and stops: the dashboard's "will retry" is not true here.
            if result.hasSuffix("; will retry") { result = String(result.dropLast("; will retry".count)) }
        }
        let elapsed = clock.now - start
        let ms = Int(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
        let state = await budget.state()
        return Row(service: service, baseURL: url.absoluteString, auth: auth, result: result, ok: ok,
                   latency: "\(ms) ms", budget: "\(state.left)/\(state.limit) per \(per)")
    }

    /// The rows as an aligned plain-text table (results are sanitised: they can hold API text).
    static func table(_ rows: [Row]) -> String {
        let header = ["SERVICE", "BASE URL", "AUTH", "RESULT", "LATENCY", "BUDGET LEFT"]
        let cells = rows.map { [$0.service, $0.baseURL, $0.auth, ($0.ok ? "" : "FAILED: ") + $0.result, $0.latency, $0.budget] }
            .map { $0.map(Self.clean) }
        let widths = header.indices.map { i in ([header[i]] + cells.map { $0[i] }).map(\.count).max() ?? 0 }
        func line(_ values: [String]) -> String {
            values.enumerated().map { i, v in i == values.count - 1 ? v : v + String(repeating: " ", count: max(0, widths[i] - v.count)) }
                .joined(separator: "  ")
        }
        return ([line(header)] + cells.map(line)).joined(separator: "\n")
    }

    /// Control characters from an API's text never reach the terminal.
    static func clean(_ text: String) -> String {
        String(text.unicodeScalars.map { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) ? "?" : Character($0) })
    }
}
