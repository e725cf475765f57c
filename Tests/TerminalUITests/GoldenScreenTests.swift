import LaunchdeckTesting
import TerminalUI
import Testing

/// Whole screens as literal lines, in Goldens/<test name>.txt. Re-record with
/// LAUNCHDECK_RECORD_GOLDENS=1 after a deliberate change, then read the diff.
@Suite struct GoldenScreenTests {
    static let small = Size(width: 80, height: 24)
    static let large = Size(width: 120, height: 40)

    @Test func charts80x24() { Golden.assertLines(Gallery.charts(Self.small).lines) }
    @Test func charts120x40() { Golden.assertLines(Gallery.charts(Self.large).lines) }

    @Test func help80x24() { Golden.assertLines(Gallery.help(Self.small).lines) }
    @Test func help120x40() { Golden.assertLines(Gallery.help(Self.large).lines) }
}
