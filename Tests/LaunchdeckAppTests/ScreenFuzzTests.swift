import Foundation
@testable import LaunchdeckApp
import LaunchdeckClient
import LaunchdeckModel
import LaunchdeckScreens
import LaunchdeckSimulator
import LaunchdeckTesting
import TerminalUI
import Testing

/// Broken bodies through the whole dashboard: the simulator's answers and the docs' example
/// bodies, each structurally mutated (`JSONMutator`), fetched by the real clients and sources,
/// and drawn through every screen at two sizes. Nothing traps, no control or bidi character
/// reaches a cell, and every screen draws something besides its frame.
///
/// CI runs `FUZZ_ROUNDS` rounds (default 4) of each kind; `bash scripts/fuzz.sh` runs more.
@Suite(.serialized) struct ScreenFuzzTests {
    static var rounds: Int { Int(ProcessInfo.processInfo.environment["FUZZ_ROUNDS"] ?? "") ?? 4 }
    static var firstSeed: UInt64 { UInt64(ProcessInfo.processInfo.environment["FUZZ_SEED"] ?? "") ?? 1 }
    static let sizes = [Size(width: 120, height: 40), Size(width: 80, height: 24)]

    @Test func simulatorBodiesMutated() async throws {
        try await fuzz(documented: false)
    }

    @Test func documentedBodiesMutated() async throws {
        try await fuzz(documented: true)
    }

    private func fuzz(documented: Bool) async throws {
        let now = Date(timeIntervalSince1970: 1_795_435_200)
        let simulator = try await Simulator.start(.init(seed: 7, now: { now }))
        let real = AsyncHTTPTransport()
        var screensDrawn = 0
        for round in 0..<Self.rounds {
            let seed = Self.firstSeed &+ UInt64(round)
            let source: any HTTPTransport = documented ? FixtureTransport(real) : real
            let transport = MutatingTransport(source, seed: seed)
            let services = Services.demo(simulator, transport: real, through: transport)
            for screen in Route.screens {
                let (state, data) = await ScreenshotData.gather(screen, services: services, clock: { now })
                for size in Self.sizes {
                    var buffer = Buffer(size: size, glyphs: .unicode)
                    DashboardScreen(state: state, data: data)
                        .render(into: &buffer, context: PaneContext(now: now, demo: true))
                    let where_ = "seed \(seed) \(documented ? "documented" : "simulator") \(screen.name) \(size.width)x\(size.height)"
                    let unsafe = buffer.cells.filter { $0.symbol.unicodeScalars.contains(where: Sanitizer.isUnsafe) }
                    #expect(unsafe.isEmpty, "\(where_): a control or bidi character reached the screen; served: \(transport.log)")
                    let text = TextExport.plain(buffer)
                    let letters = text.unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.count
                    #expect(letters > 40, "\(where_): the screen is blank\n\(text)")
                    screensDrawn += 1
                    if ProcessInfo.processInfo.environment["FUZZ_PRINT"] != nil, size.width == 120 { print(where_ + "\n" + text) }
                }
            }
        }
        await real.shutdown()
        await simulator.stop()
        #expect(screensDrawn == Self.rounds * ScreenshotRunner.screens.count * Self.sizes.count)
    }
}
