#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckModel
import LaunchdeckStore
import Synchronization

/// Reads the history for the screen, never on the UI thread: the header's figures since T0,
/// the timeline while it is on screen, and replay's frame. The loop asks (the newest request
/// replaces one not yet started); one task at a time reads, and its answer goes to a mailbox
/// that wakes the loop, like the panes' data.
final class HistoryReader: Sendable {
    struct Request: Sendable, Equatable {
        var now: Date
        var t0: Date?
        var site: Int?
        var app: String?
        /// The timeline's range while it is on screen; nil: no timeline to read.
        var timeline: TimelineRange?
        /// The moment replay shows; nil: live.
        var replay: Date?
        /// The screen open, whose own data replay shows as kept.
        var route: Route = .overview
        /// Where that screen's data is kept with its choices (`DrillWatch.key`).
        var drillSource: String?
    }

    struct Answer: Sendable {
        var request: Request
        var comparison: LaunchComparison?
        var timeline: Timeline?
        var frame: ReplayFrame?
    }

    private struct Queue {
        var pending: Request?
        var reading = false
    }

    let history: History
    let answers: Mailbox<Answer>
    private let queue = Mutex(Queue())

    init(history: History, wake: @escaping @Sendable () -> Void) {
        self.history = history
        answers = Mailbox(onPost: wake)
    }

    /// Reads for `request` soon, on another task; a request not yet started is replaced.
    func ask(_ request: Request) {
        let start = queue.withLock { q -> Bool in
            q.pending = request
            defer { q.reading = true }
            return !q.reading
        }
        guard start else { return }
        Task.detached { self.drain() }
    }

    private func drain() {
        while let request = queue.withLock({ q -> Request? in
            defer { q.pending = nil }
            if q.pending == nil { q.reading = false }
            return q.pending
        }) {
            answers.post(read(request))
        }
    }

    func read(_ request: Request) -> Answer {
        // Figures since T0 are as of the moment shown: replay's, or now.
        let now = request.replay ?? request.now
        return Answer(
            request: request,
            comparison: request.t0.map { LaunchComparison(history: history, site: request.site, app: request.app, t0: $0, now: now) },
            timeline: request.timeline.map {
                Timeline(history: history, site: request.site, app: request.app, range: $0, end: request.now, buckets: Timeline.buckets)
            },
            frame: request.replay.map {
                ReplayFrame.read(history, at: $0, route: request.route.historySource == nil ? nil : request.route,
                                 source: request.drillSource)
            })
    }
}
