import LaunchdeckStore

/// A follower's view of the leader's polls: the newest snapshot of each pane in the store.
struct FollowerFeed: Sendable {
    let history: History

    /// Each pane's newest stored snapshot, as the update the leader's own poll posted.
    func updates() -> [DataHub.Update] { [] }
}
