import LaunchdeckClient
import LaunchdeckConfig
import LaunchdeckStore

/// The history and the war room of a run: the store of this credential set (or the one
/// `--follow` names), its permissions checked, and the room that leads or follows there.
enum RoomSetup {
    /// - Parameter follow: `--follow DIR`: watch DIR's store, never lead, use no credentials.
    /// - Returns: the history writer and the room (nil: the demo, or history off: polling alone).
    static func open(_ configuration: Configuration, services: Services, follow: String?,
                     environment: [String: String]) -> Result<(HistoryWriter, Room?), RoomProblem> {
        if let follow {
            let path: String
            switch RoomPlace.followed(follow) {
            case .success(let found): path = found
            case .failure(let problem): return .failure(problem)
            }
            let problems = RoomAccess.problems(database: path)
            guard problems.isEmpty else { return .failure(RoomProblem(problems)) }
            let writer = HistoryWriter(history: History.open(path: path))
            if let problem = writer.history.problem { return .failure(RoomProblem([problem.description])) }
            return .success((writer, Room(lease: LeaderLease(beside: path), history: writer.history, canLead: false)))
        }
        // The demo runs its own simulator per process: nothing to share.
        guard !services.isDemo, configuration.history.enabled,
              let path = HistoryPlace.path(configuration, demo: false, environment: environment) else {
            return .success((HistoryWriter.open(configuration, demo: services.isDemo, environment: environment), nil))
        }
        let problems = RoomAccess.problems(database: path)
        guard problems.isEmpty else { return .failure(RoomProblem(problems)) }
        let writer = HistoryWriter.open(configuration, demo: false, environment: environment)
        guard writer.history.isOn else { return .success((writer, nil)) }
        RoomAccess.shareWithGroup(database: path)
        return .success((writer, Room(lease: LeaderLease(beside: path), history: writer.history, canLead: true)))
    }
}

extension Services {
    /// No client at all, for a `--follow` viewer: every pane comes from the leader.
    static func following(_ configuration: Configuration, environment: [String: String]) -> Services {
        Services(intervals: PaneIntervals(configuration), offHints: [:],
                 transport: AsyncHTTPTransport(proxy: ProxySettings.from(environment: environment)))
    }
}
