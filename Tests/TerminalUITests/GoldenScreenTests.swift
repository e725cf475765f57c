import LaunchdeckTesting
import TerminalUI
import Testing

/// Whole screens as literal lines, in Goldens/<test name>.txt. Re-record with
/// LAUNCHDECK_RECORD_GOLDENS=1 after a deliberate change, then read the diff.
@Suite struct GoldenScreenTests {
    static let small = Size(width: 80, height: 24)
    static let large = Size(width: 120, height: 40)

    @Test func gallery80x24() { Golden.assertLines(Gallery.screen(Self.small).lines) }
    @Test func gallery120x40() { Golden.assertLines(Gallery.screen(Self.large).lines) }
    @Test func galleryASCII80x24() { Golden.assertLines(Gallery.screen(Self.small, glyphs: .ascii).lines) }
    @Test func galleryTooSmall() { Golden.assertLines(Gallery.screen(Size(width: 30, height: 8)).lines) }

    @Test func charts80x24() { Golden.assertLines(Gallery.charts(Self.small).lines) }
    @Test func charts120x40() { Golden.assertLines(Gallery.charts(Self.large).lines) }

    @Test func help80x24() { Golden.assertLines(withHelp(Self.small).lines) }
    @Test func help120x40() { Golden.assertLines(withHelp(Self.large).lines) }

    @Test func commandLine80x24() { Golden.assertLines(withCommand(Self.small).lines) }
    @Test func commandLine120x40() { Golden.assertLines(withCommand(Self.large).lines) }

    @Test func confirm80x24() { Golden.assertLines(withConfirm(Self.small).lines) }
    @Test func confirm120x40() { Golden.assertLines(withConfirm(Self.large).lines) }

    func withHelp(_ size: Size) -> Buffer {
        var buffer = Gallery.screen(size)
        HelpOverlay(entries: Gallery.hints + [.init("j/k", "move the selection"), .init("enter", "open")])
            .render(buffer.area, into: &buffer)
        return buffer
    }

    func withCommand(_ size: Size) -> Buffer {
        var buffer = Gallery.screen(size)
        CommandPrompt(text: "theme li", candidates: ["theme light", "theme high-contrast", "theme ansi"],
                      selectedCandidate: 0).render(buffer.area, into: &buffer)
        return buffer
    }

    func withConfirm(_ size: Size) -> Buffer {
        var buffer = Gallery.screen(size)
        ConfirmDialog(title: "Quit", message: "Stop watching example.com? The simulator stops with it.",
                      confirm: "Quit", cancel: "Stay", confirmSelected: true).render(buffer.area, into: &buffer)
        return buffer
    }
}
