#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI
import LaunchdeckStore

/// `launchdeck export`: the recorded series and events, for the retrospective.
public enum ExportRunner {
    public struct Options: Sendable {
        /// `T0`, a span back from now (`90s`, `30m`, `2h`, `7d`) or an ISO 8601 time; nil: everything.
        public var since: String?
        /// `csv` or `json` (`ExportRunner.formats`).
        public var format: String
        /// nil: standard output.
        public var output: String?
        public var forceDemo: Bool
        public var configPath: String?
        public var environment: [String: String]

        public init(since: String?, format: String, output: String?, forceDemo: Bool, configPath: String?,
                    environment: [String: String] = ProcessInfo.processInfo.environment) {
            self.since = since
            self.format = format
            self.output = output
            self.forceDemo = forceDemo
            self.configPath = configPath
            self.environment = environment
        }
    }

    /// What `--format` takes.
    public static let formats = HistoryExport.Format.allCases.map(\.rawValue)

    /// `--since` read at `now`: `.failure` says what it accepts. `T0` needs the store's t0.
    static func start(of since: String?, now: Date, t0: () -> String?) -> Result<Date, ExportError> {
        guard let since else { return .success(.distantPast) }
        if since.uppercased() == "T0" {
            guard let text = t0(), let date = Timestamp.parse(text) else {
                return .failure(ExportError("no T0 is recorded yet: set one with :t0 in the dashboard, or give --since 2h"))
            }
            return .success(date)
        }
        if let date = Timestamp.parse(since) { return .success(date) }
        if let span = SpanText.seconds(since) { return .success(now.addingTimeInterval(-TimeInterval(span))) }
        return .failure(ExportError("--since takes T0, a span such as 90s, 30m, 2h or 7d, or a time such as "
                                    + "2026-12-06T18:00:00Z; got \(since.prefix(40).debugDescription)"))
    }

    struct ExportError: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    public static func run(_ options: Options, now: Date = Date()) -> Int32 {
        guard let format = HistoryExport.Format(rawValue: options.format) else {
            Console.error("launchdeck export: --format takes \(formats.joined(separator: " or "))")
            return 2
        }
        guard let config = AppConfig.load(for: "launchdeck export", path: options.configPath, environment: options.environment)
        else { return 2 }
        let demo = options.forceDemo || config.configuration.hasNoCredentials
        guard let path = HistoryPlace.path(config.configuration, demo: demo, environment: options.environment) else {
            Console.error("launchdeck export: set HOME or XDG_STATE_HOME: the history lives under the state directory")
            return 2
        }
        guard FileManager.default.fileExists(atPath: path) else {
            Console.error("launchdeck export: no history yet for \(demo ? "the demo" : "these credentials") (\(path)); "
                          + "launchdeck records while it runs")
            return 1
        }
        let store: SQLiteHistoryStore
        do { store = try SQLiteHistoryStore(path: path) } catch {
            Console.error("launchdeck export: \(error.description)")
            return 1
        }
        let from: Date
        switch start(of: options.since, now: now, t0: { try? store.meta("t0") }) {
        case .success(let date): from = date
        case .failure(let error):
            Console.error("launchdeck export: \(error.description)")
            return 2
        }
        let text: String
        do throws(StoreError) {
            var series: HistoryExport.Series = []
            for name in try store.seriesNames() {
                let points = try store.points(name, from: from, to: .distantFuture)
                if !points.isEmpty { series.append((name, points)) }
            }
            text = HistoryExport.render(series, events: try store.events(from: from, to: .distantFuture), format: format)
        } catch {
            Console.error("launchdeck export: \(error.description)")
            return 1
        }
        return Console.deliver(text, to: options.output, command: "launchdeck export")
    }
}
