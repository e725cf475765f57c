#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI
import LaunchdeckModel
import TerminalUI

/// The `user` card: what `GET /v2/users/{id}` returns, each field named as the docs name it
/// (seed 002's attribute table), and, when Taplytics has no such user, what to try next.
/// The query is never drawn (only what kind of lookup it was).
enum UserCard {
    static func detail(_ result: UserLookupResult, now: Date) -> DetailModel {
        let kind = result.kind
        let read = DetailModel.Line.field("Read", ClockText.stamp(result.readAt, now: now)
            + " (a user is read at most once a minute)")
        switch result.answer {
        case .notFound:
            return DetailModel(lines: [
                .heading("No Taplytics user \(what(kind))"),
                .text("Taplytics answered 404 (not found) for this lookup \(TaplyticsUserLookup(kind: kind, value: "").description).", .warning),
                .text("Check the spelling, or look the user up another way:", .text),
                .text(":user id:ID        the Taplytics id (24 hex digits)", .muted),
                .text(":user user_id:ID   your own user id, as you set it", .muted),
                .text(":user email:ADDR   the email address you set for the user", .muted),
                read,
            ])
        case .found(let user):
            var card = found(user, by: kind, now: now)
            card.lines.insert(read, at: min(card.lines.count, 10))
            return card
        }
    }

    static func what(_ kind: TaplyticsUserLookup.Kind) -> String {
        switch kind {
        case .id: "has this id"
        case .userID: "has this user_id"
        case .email: "has this email"
        }
    }

    static func found(_ u: TaplyticsUser, by kind: TaplyticsUserLookup.Kind, now: Date) -> DetailModel {
        let name = u.name ?? [u.firstName, u.lastName].compactMap { $0 }.joined(separator: " ")
        var lines: [DetailModel.Line] = [
            .field("Name", name.isEmpty ? "-" : name),
            .field("Email", u.email ?? "-"),
            .field("Your user_id", u.userID ?? "-"),
            .field("Taplytics id", u.id),
            .field("Sessions", u.sessionCount.map { "\(CountText.of($0)) (sessions this user has been a part of)" } ?? "-"),
            .field("First seen", u.createdAt.map { Timestamp.format($0) + " \u{00B7} " + AgeText.of(now.timeIntervalSince($0))
                + " ago (created_at)" } ?? "-"),
            .field("Last seen", "the API gives no last-seen time; last seen IP " + (u.lastSeenIP ?? "not given")),
            .field("Last location", location(u.location)),
            .field("Gender", u.gender ?? "-"),
            .field("Looked up", TaplyticsUserLookup(kind: kind, value: "").description),
            .heading("Custom data"),
        ]
        let custom = u.customFields
        for key in custom.keys.sorted() { lines.append(.field(key, custom[key].map(JSONText.of) ?? "")) }
        if custom.isEmpty { lines.append(.text("none", .muted)) }
        if let experiments = u.experiments, !experiments.isEmpty {
            lines.append(.heading("Experiments"))
            for e in experiments {
                lines.append(.field(e.experimentID ?? "?", "variation " + (e.variation.map(variation) ?? "?")))
            }
        }
        return DetailModel(lines: lines)
    }

    static func variation(_ ref: TaplyticsVariationRef) -> String {
        ref.variation?.name ?? ref.variationID ?? "?"
    }

    /// `San Francisco, United States (NA) · time zone Europe/San Francisco · 37.77493, -122.41942`.
    static func location(_ l: TaplyticsUser.Location?) -> String {
        guard let l else { return "-" }
        var place = [l.cityName, l.regionName == l.cityName ? nil : l.regionName, l.countryName ?? l.countryCode]
            .compactMap { $0 }.joined(separator: ", ")
        if let continent = l.continentCode { place += place.isEmpty ? continent : " (\(continent))" }
        var parts = place.isEmpty ? [] : [place]
        if let zone = l.timezone { parts.append("time zone \(zone)") }
        if let lat = l.latitude, let lon = l.longitude { parts.append("\(lat), \(lon)") }
        return parts.isEmpty ? "-" : parts.joined(separator: " \u{00B7} ")
    }
}
