import TerminalUI

/// `:open figures`: every number on the screens, what it means and where it comes from,
/// said in the words its label uses. Where an API gives no true number, this says so.
enum Figures {
    struct Entry {
        var figure: String
        var meaning: String
    }

    static let entries: [Entry] = [
        Entry(figure: "Web: N/min and the bars", meaning:
            "Hits per minute over the last hour: the change in the site's lifetime_hits (GET /sites/:id) between polls; before launchdeck started watching, counted from the newest raw hits (GET /sites/:id/hits). Minutes before the first one known are left out; a minute missed later repeats the one before it on the bars."),
        Entry(figure: "Web: today N views", meaning:
            "Page views in today's UTC day, summed over paths (GET /sites/:id/hits, grouped by path). ≥ when the site has more paths than one page: the sum is then a lower bound."),
        Entry(figure: "Web: N visitors", meaning:
            "Tinylytics' own count of distinct visitors today (user_journeys summary.total_visitors), read at most once a minute. Not a sum of per-path unique views, which counts a reader of three pages three times. Absent when the API gives no summary."),
        Entry(figure: "Web: yesterday N", meaning: "Page views in the whole previous UTC day, read once a day."),
        Entry(figure: "Web: UP/DOWN since", meaning:
            "The uptime monitor (GET /sites/:id/uptime, a Tinylytics subscription): down since the ongoing downtime began, up since the last one ended. uptime % is the monitor's own figure over its period; SSL Nd is days until the certificate expires."),
        Entry(figure: "Web: TOP PATHS VIEWS", meaning: "Today's (UTC) page views of the five most viewed paths."),
        Entry(figure: "Web: N broken links", meaning:
            "Open issues of content monitoring (GET /sites/:id/content, a Tinylytics subscription), read every 2 minutes: broken links and mixed content not ignored. :open content lists them; SINCE is when launchdeck first saw one (the API gives only the last check)."),
        Entry(figure: "Web: kudos N today", meaning: "Kudos made today (UTC) on the site (GET /sites/:id/kudos, its total_count), read every 3 minutes; all time is the site's lifetime_kudos. Shown when the pane has a row to spare; :open kudos lists them by path."),
        Entry(figure: "Hits: ranges", meaning:
            "Whole days, as the API takes them (start_date to end_date): today, 2d (yesterday and today), 7d, 30d. In UTC, or with :zone account in the Tinylytics account's own zone, which the API does not tell: set [tinylytics] account_time_zone to name those days right."),
        Entry(figure: "Leaderboard: # and VIEWS", meaning:
            "All-time rank and hits per path (GET /sites/:id/leaderboard), cached by Tinylytics for about an hour. Filtered with / and Enter, the server matches the path (any case, any part) and numbers the matches among themselves (MATCH)."),
        Entry(figure: "Experiments: CREATED", meaning:
            "When the experiment was made: created_at when the body has it, else the time in its 24-hex id (the documented GET bodies carry no created_at). Newest first, active ones on top."),
        Entry(figure: "Push: CREATED / WHEN", meaning:
            "The documented GET push bodies carry no status and no time: CREATED is the time in the push's id. STATUS and WHEN (its schedule) appear only when the API sends them. Read from the last page of the list, where Taplytics puts the newest."),
        Entry(figure: "Crashes: crash rate", meaning:
            "Crashes per 100 app loads now (liveStats), against the average of the day's rate (errorMonitoring/graph, crashPercent, 24 h)."),
        Entry(figure: "Crashes: rate by version", meaning:
            "Each version's crash rate over the day (errorMonitoring/pie, crashPercent by appVersion), highest first, with its share of today's app loads (trends, read every 5 minutes) so a small new version's spike shows while it is small. The share is of the versions trends lists (its top five)."),
        Entry(figure: "Crashes: SESSIONS", meaning:
            "Sessions in which the crash happened (num_unique_sessions): not users. Apteligent's crash table gives no user count. CRASHES is its total occurrences."),
        Entry(figure: "Crash group: by version", meaning:
            "Daily occurrences for each app version over the 30 days the API sends (from its start date), and sessions and unique sessions with the crash by version."),
        Entry(figure: "Versions: TODAY columns", meaning:
            "Loads today, daily users, crashes today and crash ratio of each app version: trends' todayTopValues (appLoadsByVersion, dauByVersion, crashesByVersion, crashRatioByVersion), the service's current day, in a time zone the docs do not name. Each lists its top five versions; LOAD SHARE is of those."),
        Entry(figure: "Versions: PER DAY", meaning:
            "Daily buckets of the same trends (about 31 days, the newest today so far), and the app's crashes per day of all versions (crash/counts, dates as sent), read while the screen is open."),
        Entry(figure: "User: Sessions, seen", meaning:
            "session_count and created_at of GET /v2/users/{id}. The API gives no last-seen time: Last seen shows last_seen_ip. Read at most once a minute."),
        Entry(figure: "Status bar: tly N/1000h", meaning:
            "Requests launchdeck sent with this Tinylytics key in the last hour, of the 1000 an hour it allows (counted here: Tinylytics sends no rate-limit headers)."),
        Entry(figure: "Status bar: tap N/600h", meaning:
            "Taplytics requests in the last hour, of launchdeck's own budget of 600: Taplytics documents no limit."),
        Entry(figure: "Status bar: apt N/20/min", meaning:
            "Apteligent calls sent in the last minute, of the 20 a minute allowed; avg N/min is the server's Rate-Limit-Remaining: the average rate it can sustain until its reset, not a count of calls left."),
        Entry(figure: "Ages and colours", meaning:
            "How long ago each pane's data came: muted while fresh, amber past twice the refresh interval, red past five times. A failed refresh keeps the last good data and says why."),
        Entry(figure: "N unread fields", meaning:
            "Fields of the APIs' answers that could not be read and are left out of the screens; the rest of each answer is shown. :open notes lists them (LAUNCHDECK_DEBUG_LOG=FILE writes them to a file)."),
    ]

    /// Width the meaning is wrapped to, so the screen reads at 80 columns too.
    static let meaningWidth = 48
}

extension ListModel {
    static func figures() -> ListModel {
        var rows: [[String]] = []
        for entry in Figures.entries {
            for (i, line) in Wrap.lines(entry.meaning, width: Figures.meaningWidth).enumerated() {
                rows.append([i == 0 ? entry.figure : "", line])
            }
            rows.append(["", ""])
        }
        return ListModel(
            columns: [.init("FIGURE", width: .fixed(24)), .init("WHAT IT MEANS AND WHERE IT COMES FROM", width: .fill(min: 20))],
            rows: rows, summary: "What each number on screen is, from which endpoint; / filters")
    }
}
