import Foundation
import LaunchdeckClient

/// `launchdeck simulate --admin` in its own process: the base URLs and demo keys it prints,
/// the environment that points the dashboard at it, and its faults switched over HTTP.
public final class SimulatorProcess: Sendable {
    public let process: BackgroundProcess
    /// `http://127.0.0.1:PORT`
    public let origin: String
    /// TINYLYTICS_*, TAPLYTICS_* and APTELIGENT_* for the dashboard.
    public let dashboardEnvironment: [String: String]
    private let transport = AsyncHTTPTransport()

    /// Starts the simulator and waits until it has printed where it listens.
    public init(binary: String, speed: Double, seed: UInt64 = 42, outputPath: String) throws {
        process = try BackgroundProcess(
            [binary, "simulate", "--port", "0", "--seed", String(seed), "--speed", String(speed), "--admin"],
            environment: ProcessInfo.processInfo.environment, outputPath: outputPath)
        let deadline = Date().addingTimeInterval(30)
        var printed = ""
        while Date() < deadline, process.isRunning {
            printed = process.output
            if printed.contains("Ctrl-C stops it.") { break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        guard let fields = Self.fields(printed), let origin = fields.origin else {
            process.stop()
            throw Tmux.Failure(description: "launchdeck simulate did not print its URLs and keys:\n\(printed)")
        }
        self.origin = origin
        dashboardEnvironment = fields.environment
    }

    /// Puts `spec` (the `--faults` grammar; "off" for none) in force; returns the spec the
    /// simulator reports, or throws when it refuses it.
    @discardableResult
    public func setFaults(_ spec: String) async throws -> String {
        guard let url = URL(string: origin + "/_admin/faults") else { throw Tmux.Failure(description: "bad URL \(origin)") }
        let request = TransportRequest(method: "POST", url: url, headers: [("Content-Type", "text/plain")],
                                       body: Data(spec.utf8))
        let response = try await transport.send(request, for: .tinylytics)
        let body = String(decoding: response.body, as: UTF8.self)
        guard response.status == 200,
              let object = try? JSONSerialization.jsonObject(with: response.body) as? [String: Any],
              let inForce = object["faults"] as? String else {
            throw Tmux.Failure(description: "POST /_admin/faults \(spec): \(response.status) \(body)")
        }
        return inForce
    }

    /// Stops the simulator and the HTTP client that drove its admin endpoint.
    public func stop() async {
        await transport.shutdown()
        process.stop()
    }

    /// The values `simulate` prints, read back: origin and the dashboard's environment.
    public static func fields(_ printed: String) -> (origin: String?, environment: [String: String])? {
        func value(after label: String, in section: String) -> String? {
            guard let start = printed.range(of: "\n\(section)\n") else { return nil }
            let rest = printed[start.upperBound...]
            guard let line = rest.split(separator: "\n").first(where: {
                $0.trimmingCharacters(in: .whitespaces).hasPrefix(label + " ")
            }) else { return nil }
            guard let equals = line.firstIndex(of: "=") else { return nil }
            let raw = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            let word = raw.split(separator: " ").first.map(String.init) ?? ""
            return word.trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        }
        let pairs: [(String, String?)] = [
            ("TINYLYTICS_BASE_URL", value(after: "base_url", in: "Tinylytics")),
            ("TINYLYTICS_API_KEY", value(after: "read-only key", in: "Tinylytics")),
            ("TAPLYTICS_BASE_URL", value(after: "base_url", in: "Taplytics")),
            ("TAPLYTICS_API_TOKEN", value(after: "api_token", in: "Taplytics")),
            ("APTELIGENT_BASE_URL", value(after: "base_url", in: "Apteligent")),
            ("APTELIGENT_CLIENT_ID", value(after: "client_id", in: "Apteligent")),
            ("APTELIGENT_USERNAME", value(after: "username", in: "Apteligent")),
            ("APTELIGENT_PASSWORD", value(after: "password", in: "Apteligent")),
        ]
        var environment: [String: String] = [:]
        for (name, found) in pairs {
            guard let found, !found.isEmpty else { return nil }
            environment[name] = found
        }
        let origin = environment["TINYLYTICS_BASE_URL"].flatMap { url -> String? in
            guard let range = url.range(of: "/tinylytics/") else { return nil }
            return String(url[..<range.lowerBound])
        }
        return (origin, environment)
    }
}
