#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI
import LaunchdeckClient
import LaunchdeckModel
import LaunchdeckScreens
import Synchronization
import TerminalUI

/// `launchdeck screenshot`: renders a screen headless, after the first poll, through the
/// same render path as the dashboard, as text, ANSI text or SVG.
public enum ScreenshotRunner {
    public enum Format: String, CaseIterable, Sendable {
        case text, ansi, svg
    }

    /// `--watched`: "16m", "90s" (at most two hours: a poll every 30 s is 240 polls).
    public static func watchedSeconds(_ text: String) -> TimeInterval? {
        guard let seconds = SpanText.seconds(text), seconds > 0, seconds <= 7200 else { return nil }
        return TimeInterval(seconds)
    }

    /// The screens it renders: the registry's names (`Route.screens`).
    public static var screens: [String] { Route.screens.map(\.name) }

    public struct Options: Sendable {
        public var screen: String
        public var size: Size
        public var format: Format
        public var output: String?
        public var forceDemo: Bool
        public var forceASCII: Bool
        /// A fixed clock for the simulator and the render, for reproducible pictures.
        public var time: Date?
        public var seed: UInt64
        /// Render after watching for this long (polling every 30 s of the simulator's time,
        /// recording the history), rather than after one poll: the demo's story on screen.
        public var watched: TimeInterval?
        public var theme: String?
        public var configPath: String?
        public var environment: [String: String]

        public init(screen: String, size: Size, format: Format, output: String?, forceDemo: Bool, forceASCII: Bool,
                    time: Date?, seed: UInt64, watched: TimeInterval? = nil, theme: String? = nil, configPath: String? = nil,
                    environment: [String: String] = ProcessInfo.processInfo.environment) {
            self.watched = watched
            self.theme = theme
            self.configPath = configPath
            self.screen = screen
            self.size = size
            self.format = format
            self.output = output
            self.forceDemo = forceDemo
            self.forceASCII = forceASCII
            self.time = time
            self.seed = seed
            self.environment = environment
        }
    }

    public static func run(_ options: Options) async -> Int32 {
        guard let screen = Route.screens.first(where: { $0.name == options.screen }) else {
            Console.error("launchdeck screenshot: no screen \(options.screen.debugDescription); "
                          + "available: \(screens.joined(separator: ", "))")
            return 2
        }
        guard let config = AppConfig.load(for: "launchdeck screenshot", path: options.configPath,
                                          environment: options.environment) else { return 2 }
        let theme: Theme
        do {
            theme = try ThemeLoader.load(name: options.theme ?? config.themeName, environment: options.environment)
        } catch {
            Console.error("launchdeck screenshot: \(error.description)")
            return 2
        }
        // Watching: the simulator starts that long before the picture's time, and the clock
        // steps through it a poll at a time.
        let end = options.time ?? Date()
        let moment = SteppedClock(options.watched.map { end.addingTimeInterval(-$0) } ?? end)
        let fixed = options.time
        let watching = options.watched != nil
        let clock: @Sendable () -> Date = { watching ? moment.now : (fixed ?? Date()) }
        let budgetClock: @Sendable () -> Duration = { Duration.seconds(moment.now.timeIntervalSince1970) }
        let services: Services
        switch await Services.open(forceDemo: options.forceDemo, configuration: config.configuration,
                                   environment: options.environment, seed: options.seed, now: clock,
                                   budgetClock: watching ? budgetClock : nil) {
        case .success(let opened): services = opened
        case .failure(let error):
            Console.error("launchdeck screenshot: \(error.description)")
            return 2
        }
        let watch = options.watched.map { _ in
            ScreenshotData.Watch(until: end) { seconds in moment.advance(by: seconds, upTo: end) }
        }
        let (state, data) = await ScreenshotData.gather(screen, services: services, t0: config.t0, clock: clock, watch: watch)
        await services.shutdown()

        var buffer = Buffer(size: options.size, glyphs: options.forceASCII ? .ascii : .unicode)
        let context = PaneContext(now: clock(), demo: services.isDemo)
        DashboardScreen(state: state, data: data).render(into: &buffer, context: context)
        let picture: String
        switch options.format {
        case .text: picture = TextExport.plain(buffer)
        case .ansi: picture = TextExport.ansi(buffer, theme: theme)
        case .svg: picture = SVGExport.render(buffer, theme: theme, palette: theme.name == "light" ? .light : .dark)
        }
        return Console.deliver(picture, to: options.output, command: "launchdeck screenshot")
    }
}

/// The clock a watched screenshot steps through, a poll at a time.
final class SteppedClock: Sendable {
    private let moment: Mutex<Date>

    init(_ start: Date) { moment = Mutex(start) }

    var now: Date { moment.withLock { $0 } }

    func advance(by seconds: TimeInterval, upTo end: Date) {
        moment.withLock { $0 = min(end, $0.addingTimeInterval(seconds)) }
    }
}
