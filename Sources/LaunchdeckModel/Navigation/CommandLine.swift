import LaunchdeckAPI
/// The `:` command line: what it accepts, completion, and turning a line into a `Command`.
public struct CommandCatalog: Sendable, Equatable {
    /// Command name → the arguments it completes (empty: takes none, or free text).
    public var arguments: [String: [String]]

    public init(themes: [String] = [], sites: [String] = [], apps: [String] = []) {
        arguments = [
            "site": sites, "app": apps, "theme": themes,
            "range": HitsRange.allCases.map(\.rawValue),
            "group": HitsGrouping.allCases.map(\.rawValue),
            "zone": HitsZone.allCases.map(\.rawValue),
            "open": Route.named.keys.sorted(),
            "t0": ["now", "off"],
            "at": ["t0", "live"],
            "refresh": [], "help": [], "quit": [],
            "user": [],
        ]
    }

    public var commands: [String] { arguments.keys.sorted() }

    /// Every command, in the order help lists them (`arguments` has exactly these keys).
    public static let names = ["site", "app", "range", "group", "zone", "theme", "open", "user", "t0", "at", "refresh", "help", "quit"]

    /// Completes the line as far as it is unambiguous; returns it with the candidates left.
    public func complete(_ line: String) -> (line: String, candidates: [String]) {
        let parts = line.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        if parts.count <= 1 {
            let prefix = parts.first ?? ""
            let matches = commands.filter { $0.hasPrefix(prefix) }
            if matches.count == 1 { return (matches[0] + " ", matches) }
            return (commonPrefix(matches, fallback: prefix), matches)
        }
        let command = parts[0]
        let prefix = parts[1].lowercased()
        let options = arguments[command] ?? []
        let matches = options.filter { $0.lowercased().hasPrefix(prefix) }
        if matches.count == 1 { return (command + " " + matches[0], matches) }
        return (command + " " + commonPrefix(matches, fallback: parts[1]), matches)
    }

    private func commonPrefix(_ words: [String], fallback: String) -> String {
        guard var prefix = words.first else { return fallback }
        for word in words.dropFirst() {
            while !word.hasPrefix(prefix) { prefix.removeLast() }
        }
        return prefix.count >= fallback.count ? prefix : fallback
    }

    /// The command the line asks for (nil for an empty line), or an error to flash.
    public func parse(_ line: String) -> Result<Command?, CommandError> {
        let words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let command = words.first else { return .success(nil) }
        let argument = words.dropFirst().joined(separator: " ")
        func need(_ what: String) -> CommandError {
            CommandError(message: ":\(command) needs \(what)")
        }
        func oneOf<T: RawRepresentable & CaseIterable>(_ type: T.Type) -> Result<T, CommandError> where T.RawValue == String {
            if let value = T(rawValue: argument.lowercased()) { return .success(value) }
            let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
            return .failure(CommandError(message: ":\(command) takes one of: \(allowed)"))
        }
        switch command {
        case "quit", "q": return .success(.quit)
        case "refresh": return .success(.refresh)
        case "help": return .success(.help)
        case "theme": return argument.isEmpty ? .failure(need("a theme name")) : .success(.theme(argument))
        case "site": return argument.isEmpty ? .failure(need("a site name or id")) : .success(.site(argument))
        case "app": return argument.isEmpty ? .failure(need("an app name or id")) : .success(.app(argument))
        case "range":
            if let message = HitsRange.replaced(argument.lowercased()) { return .failure(CommandError(message: message)) }
            return oneOf(HitsRange.self).map { .range($0) }
        case "group": return oneOf(HitsGrouping.self).map { .group($0) }
        case "zone":
            if let message = HitsZone.replaced(argument.lowercased()) { return .failure(CommandError(message: message)) }
            return oneOf(HitsZone.self).map { .zone($0) }
        case "t0":
            guard let setting = T0Setting(argument, parseTime: Timestamp.parse) else {
                return .failure(CommandError(message: ":t0 takes now, off, a UTC time such as 18:00, or 2026-12-06T18:00:00Z"))
            }
            return .success(.t0(setting))
        case "at":
            switch argument.lowercased() {
            case "t0": return .success(.at(.t0))
            case "live", "off", "now": return .success(.at(.live))
            default:
                guard let setting = T0Setting(argument, parseTime: Timestamp.parse) else {
                    return .failure(CommandError(message: ":at takes a UTC time such as 18:14, a timestamp, t0, or live"))
                }
                return .success(.at(.at(setting)))
            }
        case "user": return TaplyticsUserLookup.parse(argument).map { .user($0) }.mapError { CommandError(message: $0.message) }
        case "open":
            if argument.lowercased() == "user" { return .failure(CommandError(message: ":open user needs a query: " + TaplyticsUserLookup.usage)) }
            guard let route = Route.named[argument.lowercased()] else {
                return .failure(CommandError(message: ":open takes one of: \(Route.named.keys.sorted().joined(separator: ", "))"))
            }
            return .success(.open(route))
        default:
            return .failure(CommandError(message: "unknown command :\(command) (Tab lists them; :help shows keys)"))
        }
    }
}

public struct CommandError: Error, Sendable, Equatable {
    public var message: String
}
