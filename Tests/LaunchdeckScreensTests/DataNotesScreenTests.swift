import Foundation
import LaunchdeckModel
import LaunchdeckScreens
import TerminalUI
import Testing

/// What could not be read is said, not hidden: the header counts it, `:open notes` lists it.
@Suite struct DataNotesScreenTests {
    let now = Date(timeIntervalSince1970: 1_795_435_200)  // 12:00 UTC

    func render(_ notes: [DataNote], route: Route?) -> [String] {
        var state = DashboardState()
        if let route { state.navigation.push(route) }
        var data = DashboardData()
        data.dataNotes = notes
        var buffer = Buffer(size: Size(width: 120, height: 12), glyphs: .unicode)
        DashboardScreen(state: state, data: data).render(into: &buffer, context: PaneContext(now: now, demo: false))
        return buffer.lines
    }

    let note = DataNote(service: "Apteligent", endpoint: "/v2/crash/app1/abc", field: "data.dailyOccurrencesByVersion.total",
                        problem: "left out: expected Array<Any>", count: 3, lastSeen: Date(timeIntervalSince1970: 1_795_435_020))

    @Test func theHeaderCountsUnreadFieldsOnlyWhenThereAreSome() {
        #expect(render([note], route: nil)[0].contains("1 unread field (:open notes) 12:00 UTC"))
        #expect(!render([], route: nil)[0].contains("unread"))
    }

    @Test func theNotesScreenSaysWhereWhatAndWhen() {
        #expect(Route.named["notes"] == .dataNotes)
        let lines = render([note], route: .dataNotes)
        let text = lines.joined(separator: "\n")
        #expect(text.contains("1 field could not be read and is left out of the screens"))
        #expect(text.contains("Apteligent"))
        #expect(text.contains("/v2/crash/app1/abc"))
        #expect(text.contains("11:57 UTC · 3m ago"))
        let empty = render([], route: .dataNotes).joined(separator: "\n")
        #expect(empty.contains("Every field of every answer so far was read."))
    }
}
