#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Faults the simulator can inject, per service and as a rate, from `--faults SPEC`, the
/// admin endpoint or `Simulator.faults` in tests.
///
/// Grammar (whitespace ignored, case-insensitive):
///
///     SPEC    := "" | "off" | RULE ("," RULE)*
///     RULE    := SERVICE ":" FAULT ["@" RATE]
///     SERVICE := tinylytics | taplytics | apteligent | all
///     FAULT   := latency=MS | 500 | 502 | 503 | 504 | 5xx | 429 | reset | truncated
///              | malformed | html | stall
///     RATE    := a fraction 0…1 (0.25) or a percentage (25%); default 1 (every request)
///
/// Example: `tinylytics:503@0.2,all:latency=300@50%,apteligent:html`.
/// A rate is applied exactly, not by chance: at rate 0.25 every fourth matching request
/// gets the fault, so runs are reproducible.
public struct FaultRule: Sendable, Hashable, CustomStringConvertible {
    public enum Service: String, Sendable, Hashable, CaseIterable {
        case tinylytics, taplytics, apteligent, all
    }

    public enum Kind: Sendable, Hashable {
        /// Adds this many milliseconds before the real answer.
        case latency(milliseconds: Int)
        /// Answers this 5xx status with a JSON error body.
        case serverError(status: Int)
        /// Answers 429 with `Retry-After: 1`.
        case tooManyRequests
        /// Closes the connection without a complete answer.
        case connectionReset
        /// Sends the first half of the real answer (a valid HTTP message, broken JSON).
        case truncatedJSON
        /// Answers 200 with a body that is not valid JSON.
        case malformedJSON
        /// Answers 200 with an HTML page (what a bad key got from the live Tinylytics).
        case htmlPage
        /// Sends nothing until the fault is switched off or the simulator stops (at most 60 s).
        case stall
    }

    public var service: Service
    public var kind: Kind
    /// 0…1: the share of matching requests that get the fault.
    public var rate: Double

    public init(service: Service, kind: Kind, rate: Double = 1) {
        self.service = service
        self.kind = kind
        self.rate = min(1, max(0, rate))
    }

    public var description: String {
        let fault: String
        switch kind {
        case .latency(let ms): fault = "latency=\(ms)"
        case .serverError(let status): fault = String(status)
        case .tooManyRequests: fault = "429"
        case .connectionReset: fault = "reset"
        case .truncatedJSON: fault = "truncated"
        case .malformedJSON: fault = "malformed"
        case .htmlPage: fault = "html"
        case .stall: fault = "stall"
        }
        return "\(service.rawValue):\(fault)" + (rate < 1 ? "@\(rate)" : "")
    }

    public struct ParseError: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// The rules of a spec; throws with the offending rule named.
    public static func parse(_ spec: String) throws(ParseError) -> [FaultRule] {
        let text = spec.filter { !$0.isWhitespace }.lowercased()
        guard !text.isEmpty, text != "off" else { return [] }
        var rules: [FaultRule] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            rules.append(try rule(String(part)))
        }
        return rules
    }

    static func rule(_ text: String) throws(ParseError) -> FaultRule {
        let bad = ParseError(description: "bad fault rule \"\(text)\": expected SERVICE:FAULT[@RATE], e.g. tinylytics:503@0.2")
        let sides = text.split(separator: ":", maxSplits: 1).map(String.init)
        guard sides.count == 2, let service = Service(rawValue: sides[0]) else { throw bad }
        let faultAndRate = sides[1].split(separator: "@", maxSplits: 1).map(String.init)
        var rate = 1.0
        if faultAndRate.count == 2 {
            let raw = faultAndRate[1]
            guard let value = raw.hasSuffix("%") ? Double(raw.dropLast()).map({ $0 / 100 }) : Double(raw),
                  (0...1).contains(value) else { throw bad }
            rate = value
        }
        let kind: Kind
        switch faultAndRate[0] {
        case "500", "502", "503", "504": kind = .serverError(status: Int(faultAndRate[0]) ?? 500)
        case "5xx": kind = .serverError(status: 500)
        case "429": kind = .tooManyRequests
        case "reset": kind = .connectionReset
        case "truncated": kind = .truncatedJSON
        case "malformed": kind = .malformedJSON
        case "html": kind = .htmlPage
        case "stall": kind = .stall
        case let other where other.hasPrefix("latency="):
            guard let ms = Int(other.dropFirst("latency=".count)), (0...600_000).contains(ms) else { throw bad }
            kind = .latency(milliseconds: ms)
        default: throw bad
        }
        return FaultRule(service: service, kind: kind, rate: rate)
    }
}
