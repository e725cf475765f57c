#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI
import LaunchdeckClient
import LaunchdeckModel
import LaunchdeckScreens
import TerminalUI

/// `launchdeck screenshot`: renders a screen headless, after the first poll, through the
/// same render path as the dashboard, as text, ANSI text or SVG.
public enum ScreenshotRunner {
    public enum Format: String, CaseIterable, Sendable {
        case text, ansi, svg
    }

    /// The screens of shared/ARCHITECTURE.md, plus one experiment, one crash group and help.
    public static let screens = ["overview", "hits", "leaderboard", "uptime", "experiments", "experiment", "push",
                                 "crashes", "crash", "journeys", "health", "alerts", "notes", "figures", "help"]

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
        public var theme: String?
        public var configPath: String?
        public var environment: [String: String]

        public init(screen: String, size: Size, format: Format, output: String?, forceDemo: Bool, forceASCII: Bool,
                    time: Date?, seed: UInt64, theme: String? = nil, configPath: String? = nil,
                    environment: [String: String] = ProcessInfo.processInfo.environment) {
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
        guard screens.contains(options.screen) else {
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
        let fixed = options.time
        let clock: @Sendable () -> Date = { fixed ?? Date() }
        let services: Services
        switch await Services.open(forceDemo: options.forceDemo, configuration: config.configuration,
                                   environment: options.environment, seed: options.seed, now: clock) {
        case .success(let opened): services = opened
        case .failure(let error):
            Console.error("launchdeck screenshot: \(error.description)")
            return 2
        }
        let (state, data) = await ScreenshotData.gather(screen: options.screen, services: services, clock: clock)
        await services.shutdown()

        var buffer = Buffer(size: options.size, glyphs: options.forceASCII ? .ascii : .unicode)
        let context = PaneContext(now: clock(), demo: services.isDemo, refreshInterval: 30)
        DashboardScreen(state: state, data: data).render(into: &buffer, context: context)
        let picture: String
        switch options.format {
        case .text: picture = TextExport.plain(buffer)
        case .ansi: picture = TextExport.ansi(buffer, theme: theme)
        case .svg: picture = SVGExport.render(buffer, theme: theme, palette: theme.name == "light" ? .light : .dark)
        }
        guard let path = options.output else {
            POSIXWrite.all(picture, to: 1)
            return 0
        }
        do {
            try Data(picture.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            Console.error("launchdeck screenshot: cannot write \(path): \(error)")
            return 1
        }
        return 0
    }
}
