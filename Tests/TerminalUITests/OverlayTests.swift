import TerminalUI
import Testing

@Suite struct OverlayTests {
    @Test func aModalClearsWhatIsUnderItAndIsCentred() {
        var buffer = Buffer(size: Size(width: 12, height: 5))
        buffer.fill(buffer.area, with: "x")
        let inner = Modal(title: "Hi", width: 8, height: 3).render(buffer.area, into: &buffer)
        #expect(buffer.lines == ["xxxxxxxxxxxx", "xx┌ Hi ──┐xx", "xx│      │xx", "xx└──────┘xx", "xxxxxxxxxxxx"])
        #expect(inner == Rect(x: 4, y: 2, width: 4, height: 1))
    }

    @Test func theCommandLineShowsTheCursorAndScrollsToKeepItInView() {
        var buffer = Buffer(size: Size(width: 20, height: 5))
        CommandPrompt(text: "theme light", cursor: 2).render(buffer.area, into: &buffer)
        #expect(buffer.lines[1] == "  ┌ Command " + String(repeating: "─", count: 5) + "┐  ")
        #expect(buffer.lines[2] == "  │ :theme light │  ")
        #expect(buffer[7, 2].symbol == "e" && buffer[7, 2].style.reverse && !buffer[6, 2].style.reverse)
        // A long line with the cursor at its end: the end stays in view, the cursor a reversed blank.
        var long = Buffer(size: Size(width: 20, height: 5))
        CommandPrompt(text: String(repeating: "abcdefghij", count: 5)).render(long.area, into: &long)
        #expect(long.lines[2] == "  │ :abcdefghij  │  ")
        #expect(long[15, 2].style.reverse && long[15, 2].symbol == " ")
    }

    @Test func completionsFollowTheSelection() {
        var buffer = Buffer(size: Size(width: 30, height: 6))
        let candidates = (1...10).map { "theme \($0)" }
        CommandPrompt(text: "theme", candidates: candidates, selectedCandidate: 7, maxCandidates: 8)
            .render(buffer.area, into: &buffer)
        // Six rows leave room for three completions, scrolled to the selected one.
        #expect(buffer.lines[2...4].map { $0 } == ["theme 6", "theme 7", "theme 8"].map { "  │ " + $0 }
            .map { $0.padding(27) + "│  " })
        #expect(buffer[4, 4].style.role == .selection && buffer[25, 4].style.role == .selection)
        #expect(buffer[4, 3].style.role == .muted && buffer[27, 4].style.role == .accent)
    }

    @Test func confirmHighlightsTheChosenButton() {
        var buffer = Buffer(size: Size(width: 40, height: 8))
        ConfirmDialog(title: "Quit", message: "Stop now?", confirm: "Quit", cancel: "Stay").render(buffer.area, into: &buffer)
        let row = buffer.lines.firstIndex { $0.contains("[ Quit ]") } ?? -1
        #expect(row > 0)
        let stay = buffer.lines[row].distance(to: "[ Stay ]")
        let quit = buffer.lines[row].distance(to: "[ Quit ]")
        #expect(buffer[stay, row].style.role == .selection && buffer[quit, row].style.role == .text)
    }
}

extension String {
    /// The column where `needle` starts, counting display width (or -1).
    func distance(to needle: String) -> Int {
        guard let range = range(of: needle) else { return -1 }
        return TextWidth.of(String(self[..<range.lowerBound]))
    }
}
