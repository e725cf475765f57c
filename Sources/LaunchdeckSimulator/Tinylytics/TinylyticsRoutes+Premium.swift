#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Hummingbird
import LaunchdeckAPI

/// The subscription endpoints: insights, uptime and content (both with the launch's outage).
/// Without a subscription each answers 403, as documented.
extension TinylyticsRoutes {
    func registerPremium<Context: RequestContext>(on group: RouterGroup<Context>) {
        group.get("/sites/:id/insights") { request, context in
            premium(context) { site in insights(request, site: site) }
        }
        group.get("/sites/:id/uptime") { request, context in
            premium(context) { site in uptime(request, site: site) }
        }
        group.get("/sites/:id/content") { _, context in
            premium(context) { site in content(site: site) }
        }
    }

    func premium<Context: RequestContext>(_ context: Context, _ body: (SimulatedSite) -> Response) -> Response {
        guard let site = site(context) else { return Self.siteNotFound }
        guard world.subscribed else {
            return JSONResponse.error("This endpoint requires an active subscription", status: .forbidden)
        }
        return body(site)
    }

    func uptime(_ request: Request, site: SimulatedSite) -> Response {
        guard site.monitored else { return JSONResponse.error("Uptime monitoring is not enabled for this site", status: .notFound) }
        let paging: Paging
        do { paging = try self.paging(request, cap: TinylyticsEndpoints.uptimePerPageMax, defaultPerPage: 100) } catch { return error.response }
        let today = now()
        let downtimes = MonitoringHistory.downtimes(timeline: world.timeline, now: today)
        let down = world.timeline.isDown(at: today)
        let month = today.addingTimeInterval(-30 * 86_400)
        let lost = downtimes.reduce(0.0) { sum, d in
            let end = d.endedAt ?? today
            return sum + max(0, end.timeIntervalSince(max(month, d.startedAt ?? end)))
        }
        let check = Date(timeIntervalSince1970: (today.timeIntervalSince1970 / 60).rounded(.down) * 60)
        let monitor = TinylyticsMonitor(
            id: 101, url: site.site.url, enabled: true, isDown: down,
            uptime: ((1 - lost / (30 * 86_400)) * 10_000).rounded() / 100, lastCheckAt: check,
            nextCheckAt: check.addingTimeInterval(60), lastStatusCode: down ? 503 : 200,
            lastErrorMessage: down ? "503 Service Unavailable" : nil, statusDescription: down ? "Down" : "Up",
            currentCheckInterval: 60, period: "30d",
            ssl: MonitoringHistory.ssl(timeline: world.timeline, now: today),
            domain: MonitoringHistory.domain(timeline: world.timeline, now: today),
            autoPaused: false, createdAt: world.epoch, updatedAt: check)
        let slice = paging.slice(downtimes)
        return JSONResponse.make(TinylyticsUptimeResponse(
            monitor: monitor, downtimes: slice,
            pagination: paging.pagination(total: downtimes.count),
            summary: .init(totalDowntimes: downtimes.count, ongoingDowntimes: down ? 1 : 0,
                           recentDowntimes30Days: downtimes.filter { ($0.startedAt ?? today) >= month }.count)),
            nulls: ["monitor.last_error_message", "downtimes[].ended_at"])
    }

    func content(site: SimulatedSite) -> Response {
        guard site.monitored else {
            return JSONResponse.make(ContentDisabledBody(error: "Content monitoring is not enabled for this site",
                                                         contentMonitoringEnabled: false), status: .forbidden)
        }
        let today = now()
        var checked = Date(timeIntervalSince1970: (today.timeIntervalSince1970 / 3600).rounded(.down) * 3600)
        // An old broken link the site's owner chose to ignore: counted, not open.
        let ignored = [
            TinylyticsContentResponse.LinkIssue(id: 201, url: site.site.url + "/blog/old-launch-plan", statusCode: 404,
                                                errorMessage: "Not Found", issueType: "broken_link", checkedAt: checked,
                                                ignored: true),
        ]
        var broken: [TinylyticsContentResponse.LinkIssue] = []
        if world.timeline.isDown(at: today) {
            // The launch's outage: the monitor's checks, once a minute meanwhile, find the launch page failing.
            checked = Date(timeIntervalSince1970: (today.timeIntervalSince1970 / 60).rounded(.down) * 60)
            broken.append(.init(id: 202, url: site.site.url + (site.launch.paths.first?.key ?? "/"), statusCode: 503,
                                errorMessage: "Service Unavailable", issueType: "broken_link", checkedAt: checked,
                                ignored: false))
        }
        let s = site.site
        return JSONResponse.make(TinylyticsContentResponse(
            site: TinylyticsSiteSummary(id: s.id, uid: s.uid, url: s.url, label: s.label),
            monitoringStatus: .init(enabled: true, rootPath: "/blog", lastCheckAt: checked, isInitialCheck: false,
                                    isRechecking: false, hasIssues: !broken.isEmpty, emailsPaused: false,
                                    emailsPausedUntil: nil),
            issues: .init(brokenLinks: broken, mixedContent: []), ignoredIssues: ignored, okLinks: [],
            stats: .init(totalChecked: 48, brokenLinksCount: broken.count, mixedContentCount: 0,
                         ignoredCount: ignored.count, okCount: 48 - broken.count - ignored.count)),
            nulls: ["monitoring_status.emails_paused_until"])
    }

    func insights(_ request: Request, site: SimulatedSite) -> Response {
        let paging: Paging
        do { paging = try self.paging(request, cap: TinylyticsEndpoints.insightsPerPageMax, defaultPerPage: 50) } catch { return error.response }
        let today = now()
        let reports = MonitoringHistory.insights(world: world, site: site, now: today)
        let slice = paging.slice(reports)
        let s = site.site
        let next = Calendar.utc.startOfDay(for: today).addingTimeInterval(86_400 + 6 * 3600)
        return JSONResponse.make(TinylyticsInsightsResponse(
            insights: slice, pagination: paging.pagination(total: reports.count),
            site: .init(id: s.id, uid: s.uid, url: s.url, label: s.label, insightsEnabled: true,
                        dailyInsightReportsActive: true, nextInsightJobScheduledAt: next)))
    }
}

/// The documented 403 of `GET /sites/:id/content` when monitoring is off.
struct ContentDisabledBody: Encodable {
    var error: String
    var contentMonitoringEnabled: Bool
    enum CodingKeys: String, CodingKey {
        case error
        case contentMonitoringEnabled = "content_monitoring_enabled"
    }
}

extension Calendar {
    static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
        return calendar
    }()
}
