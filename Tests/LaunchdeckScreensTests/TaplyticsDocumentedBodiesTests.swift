import Foundation
import LaunchdeckAPI
import LaunchdeckModel
import LaunchdeckScreens
import LaunchdeckTesting
import TerminalUI
import Testing

/// The Push and Experiments panes, their list screens and their detail screens, drawn from
/// the docs' exact example bodies (Tests/LaunchdeckClientTests/Fixtures, verbatim from seed
/// 002). The documented GET push bodies carry no status, name, created_at or schedule: no
/// column is drawn empty for every row, and the time in the id is shown as CREATED.
@Suite struct TaplyticsDocumentedBodiesTests {
    static let now = Date(timeIntervalSince1970: 1_795_435_200)  // 2026-11-23T12:00:00Z

    func decode<T: Decodable>(_ name: String, as: T.Type) throws -> T {
        let text = try PackagePaths.text("Tests/LaunchdeckClientTests/Fixtures/\(name).json")
        return try JSONCoding.decoder().decode(T.self, from: Data(text.utf8))
    }

    func data() throws -> DashboardData {
        var data = DashboardData()
        let pushes = try decode("taplytics-push-list", as: [TaplyticsPush].self)
        let experiments = try decode("taplytics-experiments", as: [TaplyticsExperiment].self)
        data.pushes = Loadable(value: PushSnapshot(pushes: PushSnapshot.ordered(pushes, now: Self.now), more: false),
                               fetchedAt: Self.now)
        data.experiments = Loadable(value: ExperimentsSnapshot(experiments: ExperimentsSnapshot.ordered(experiments), more: false),
                                    fetchedAt: Self.now)
        for pane in Pane.allCases { data.intervals[pane] = 60 }
        return data
    }

    func render(_ route: Route? = nil, data: DashboardData, width: Int = 120, height: Int = 40) -> [String] {
        var state = DashboardState()
        if let route { state.navigation.push(route) }
        var buffer = Buffer(size: Size(width: width, height: height))
        DashboardScreen(state: state, data: data, flash: nil, budgets: [])
            .render(into: &buffer, context: PaneContext(now: Self.now, demo: false))
        return buffer.lines
    }

    @Test func thePushPaneShowsTheAlertAndWhenTheIDSaysItWasMade() throws {
        let lines = render(data: try data())
        let header = try #require(lines.first { $0.contains("ALERT") })
        #expect(header.contains("CREATED"))
        #expect(!header.contains("STATUS") && !header.contains("WHEN"), "no documented GET body has a status or a send time")
        let row = try #require(lines.first { $0.contains("Congratulations") })
        // The id 548013f2… was made at 2014-12-04T07:57:38Z.
        #expect(row.contains("Congratulations, you've won a new VCR!") || row.contains("Congratulations, you've won"))
        // A pane gives an old time as its age (the list screen gives the whole date).
        #expect(row.contains("4372d ago"), "\(row)")
    }

    @Test func thePushListShowsAudienceAndCreatedOnly() throws {
        let lines = render(.pushes, data: try data())
        let header = try #require(lines.first { $0.contains("ALERT") })
        #expect(header.contains("AUDIENCE") && header.contains("CREATED"))
        #expect(!header.contains("STATUS") && !header.contains("WHEN"))
        let row = try #require(lines.first { $0.contains("Congratulations, you've won a new VCR!") })
        #expect(row.contains("sandbox") && row.contains("12-04 07:57 UTC"), "\(row)")
        #expect(lines.contains { $0.contains("1 push, newest first") })
    }

    @Test func thePushDetailSaysWhenItWasMadeAndThatTheIDSaysSo() throws {
        var data = try data()
        let push = try decode("taplytics-push", as: TaplyticsPush.self)
        let route = Route.push(id: push.id, title: "VCR")
        data.drillDown = (route, Loadable(value: .push(push), fetchedAt: Self.now))
        let lines = render(route, data: data)
        #expect(lines.contains { $0.contains("Congratulations, you've won a new VCR!") })
        #expect(lines.contains { $0.contains("Created") && $0.contains("2014-12-04T07:57:38Z (the time in its id)") })
        #expect(lines.contains { $0.contains("country") && $0.contains("Canada") })
    }

    @Test func theExperimentsPaneShowsTheDocumentedExperiment() throws {
        let lines = render(data: try data())
        let header = try #require(lines.first { $0.contains("EXPERIMENT") })
        #expect(header.contains("STATUS") && header.contains("VAR") && header.contains("CREATED"))
        let row = try #require(lines.first { $0.contains("ANYTHING") })
        #expect(row.contains("active") && row.range(of: #"\d+d ago"#, options: .regularExpression) != nil, "\(row)")
        #expect(lines.contains { $0.contains("2 Experiments · 1 active") })
    }

    @Test func theExperimentsListShowsTheDocumentedExperiment() throws {
        let lines = render(.experiments, data: try data())
        let header = try #require(lines.first { $0.contains("EXPERIMENT") && $0.contains("VARIATIONS") })
        #expect(header.contains("STATUS") && header.contains("CREATED"))
        let row = try #require(lines.first { $0.contains("ANYTHING") })
        #expect(row.contains("active") && row.contains("1") && row.contains("01-25 16:58 UTC"), "\(row)")
        #expect(lines.contains { $0.contains("1 experiment, 1 active") })
    }

    @Test func theExperimentDetailShowsTheSingleExample() throws {
        var data = try data()
        let experiment = try decode("taplytics-experiment", as: TaplyticsExperiment.self)
        let route = Route.experiment(id: experiment.id, name: experiment.id)
        data.drillDown = (route, Loadable(value: .experiment(experiment), fetchedAt: Self.now))
        let lines = render(route, data: data)
        #expect(lines.contains { $0.contains("Disables the Buy button") })
        #expect(lines.contains { $0.contains("Created") && $0.contains("2015-01-06T03:51:57Z") })
        #expect(lines.contains { $0.contains("1.0 to 1.8.4") })
    }

    @Test func aColumnIsDrawnWhenAnyRowHasIt() throws {
        var data = try data()
        var pushes = try decode("taplytics-push-list", as: [TaplyticsPush].self)
        pushes.append(try decode("taplytics-push-created", as: TaplyticsPush.self))
        data.pushes = Loadable(value: PushSnapshot(pushes: PushSnapshot.ordered(pushes, now: Self.now), more: true, total: 250),
                               fetchedAt: Self.now)
        let lines = render(.pushes, data: data)
        let header = try #require(lines.first { $0.contains("ALERT") })
        #expect(header.contains("STATUS") && header.contains("WHEN"))
        #expect(lines.contains { $0.contains("sending") && $0.contains("06-09 18:08 UTC") })
        #expect(lines.contains { $0.contains("newest 2 of 250 pushes") })
    }
}
