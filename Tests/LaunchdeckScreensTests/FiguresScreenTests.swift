import Foundation
import LaunchdeckModel
@testable import LaunchdeckScreens
import TerminalUI
import Testing

/// `:open figures` says what each number is and where it comes from, and fits 80 columns.
@Suite struct FiguresScreenTests {
    func render(width: Int, height: Int) -> String {
        var state = DashboardState()
        state.navigation.push(try! #require(Route.named["figures"]))
        var buffer = Buffer(size: Size(width: width, height: height), glyphs: .unicode)
        DashboardScreen(state: state, data: DashboardData())
            .render(into: &buffer, context: PaneContext(now: Date(timeIntervalSince1970: 0), demo: false))
        return buffer.lines.joined(separator: "\n")
    }

    @Test func namesTheSourceOfTheNumbersWhoseLabelsWereWrong() {
        #expect(render(width: 120, height: 200).contains("What the numbers mean"))
        let text = Figures.entries.map { $0.figure + ": " + $0.meaning }.joined(separator: "\n")
        // "unique" was a sum of per-path uniques; "USERS" were sessions; Remaining is a rate.
        #expect(text.contains("summary.total_visitors"))
        #expect(text.contains("Not a sum of per-path unique views"))
        #expect(text.contains("(num_unique_sessions): not users"))
        #expect(text.contains("Rate-Limit-Remaining: the average rate"))
        #expect(text.contains("not a count of calls left"))
    }

    @Test func everyLineFitsEightyColumns() {
        let text = render(width: 80, height: 200)
        #expect(!text.contains("\u{2026}"), "no meaning is cut at 80 columns:\n\(text)")
    }
}
