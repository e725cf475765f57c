import LaunchdeckTesting
import TerminalUI
import Testing

@Suite struct StatusBarTests {
    let bar = StatusBar(hints: [.init("?", "help"), .init("q", "quit"), .init("/", "filter"), .init("t", "theme")],
                        note: "tly 1/1000h")

    @Test func hintsOnTheLeftTheNoteOnTheRight() {
        #expect(Golden.trim(drawn(60, 1, bar)[0])
            == " ? help  q quit  / filter  t theme" + String(repeating: " ", count: 14) + "tly 1/1000h")
        var buffer = Buffer(size: Size(width: 60, height: 1))
        bar.render(buffer.area, into: &buffer)
        #expect(buffer[1, 0].style == Style(.accent, bold: true) && buffer[3, 0].style == .muted)
        #expect(buffer[48, 0].style == .muted)
    }

    @Test func aHintThatDoesNotFitBesideTheNoteIsDroppedWhole() {
        #expect(Golden.trim(drawn(40, 1, bar)[0]) == " ? help  q quit  / filter   tly 1/1000h")
        // Never half a hint: at every width the line holds whole hints only.
        for width in 0...60 {
            let line = drawn(width, 1, StatusBar(hints: bar.hints)).first ?? ""
            #expect(line.split(separator: " ").count % 2 == 0, "width \(width): \(line)")
        }
    }
}

@Suite struct CommandPromptTests {
    @Test func theLineTheCursorAndTheCandidates() {
        let prompt = CommandPrompt(text: "th", candidates: ["theme light", "theme high-contrast"])
        #expect(drawn(30, 1, prompt) == [":th_ theme light  theme high- "])
        var buffer = Buffer(size: Size(width: 30, height: 1))
        prompt.render(buffer.area, into: &buffer)
        #expect(buffer[0, 0].style == Style(.accent, bold: true) && buffer[3, 0].style == Style(.accent, bold: true))
        #expect(buffer[1, 0].style == .text && buffer[5, 0].style == .muted)
    }

    @Test func oneCandidateOrTooLittleRoomListsNone() {
        #expect(drawn(30, 1, CommandPrompt(text: "th", candidates: ["theme"]))[0] == ":th_".padding(30))
        #expect(drawn(12, 1, CommandPrompt(text: "th", candidates: ["theme", "theme light"]))[0] == ":th_".padding(12))
    }
}

@Suite struct FlashTests {
    @Test func aFlashMessageExpiresAtItsInstant() {
        let flash = FlashMessage("theme set to light", expires: 10)
        #expect(!flash.isExpired(at: 9) && flash.isExpired(at: 10) && flash.isExpired(at: 11))
    }

    @Test func itIsDrawnAColumnInFromEachSideAnErrorInBoldRed() {
        var buffer = Buffer(size: Size(width: 12, height: 1))
        FlashMessage("theme set to light", expires: 0).render(buffer.area, into: &buffer)
        #expect(buffer.lines == [" theme set  "])
        #expect(buffer[1, 0].style == Style(.accent))
        FlashMessage("no such app", isError: true, expires: 0).render(buffer.area, into: &buffer)
        #expect(buffer.lines == [" no such ap "])
        #expect(buffer[1, 0].style == Style(.bad, bold: true))
    }
}

@Suite struct TextWidgetTests {
    @Test func breadcrumbsStartWithTheNameThenTheTrail() {
        let crumbs = Breadcrumbs(["launchdeck", "Web", "Hits by path"])
        var buffer = Buffer(size: Size(width: 40, height: 1))
        #expect(crumbs.render(buffer.area, into: &buffer) == 31)
        #expect(Golden.trim(buffer.lines[0]) == "launchdeck › Web › Hits by path")
        #expect(buffer[0, 0].style == Style(.title, bold: true) && buffer[11, 0].style == .muted)
        var ascii = Buffer(size: Size(width: 40, height: 1), glyphs: .ascii)
        crumbs.render(ascii.area, into: &ascii)
        #expect(Golden.trim(ascii.lines[0]) == "launchdeck > Web > Hits by path")
    }

    @Test func breadcrumbsAreCutAtTheEdge() {
        var buffer = Buffer(size: Size(width: 30, height: 1))
        let area = Rect(x: 1, y: 0, width: 20, height: 1)
        #expect(Breadcrumbs(["launchdeck", "Web", "Hits by path"]).render(area, into: &buffer) == 20)
        #expect(buffer.lines[0] == " launchdeck › Web › H".padding(30))
        #expect(Breadcrumbs(["launchdeck"]).render(area, into: &buffer) == 10)
    }

    @Test func tooSmallSaysTheMinimum() {
        let notice = TooSmall(minimum: Size(width: 50, height: 12))
        #expect(notice.applies(to: Size(width: 49, height: 40)) && notice.applies(to: Size(width: 80, height: 11)))
        #expect(!notice.applies(to: Size(width: 50, height: 12)))
        #expect(drawn(30, 2, notice) == ["terminal too small: need 50×12", "".padding(30)])
        #expect(drawn(30, 1, glyphs: .ascii, notice) == ["terminal too small: need 50x12"])
    }

    @Test func helpCountsTheEntriesItCannotShowAndNotesGiveWayFirst() {
        let help = HelpOverlay(entries: (1...5).map { .init("k\($0)", "action number \($0)") },
                               notes: ["note one", "note two"])
        // 5 entries and 2 notes fill a box 9 rows tall; in 8 rows the second note goes.
        #expect(drawn(30, 9, help).dropFirst().map(Golden.trim) == [
            "   │ k1 action number 1   │", "   │ k2 action number 2   │", "   │ k3 action number 3   │",
            "   │ k4 action number 4   │", "   │ k5 action number 5   │", "   │ note two             │",
            "   │ note one             │", "   └──────────────────────┘",
        ])
        #expect(drawn(30, 8, help)[6].contains("note one") && !drawn(30, 8, help).joined().contains("note two"))
        let short = drawn(30, 6, help)
        #expect(short[4].contains("2 more: make the") && !short.joined().contains("note"))
    }

    @Test func aNoteWiderThanTheBoxWrapsOntoTheRowsItNeeds() {
        let help = HelpOverlay(entries: [.init("k1", "action one")], notes: [":alpha :beta :gamma :delta :epsilon", "last"])
        // The box is as wide as the screen allows (28): the first note takes two rows at the bottom.
        #expect(drawn(30, 7, help).dropFirst().map(Golden.trim) == [
            " │ k1 action one            │", " │ last                     │", " │ :alpha :beta :gamma      │",
            " │ :delta :epsilon          │", " └──────────────────────────┘", "",
        ])
    }
}

@Suite struct WrapTests {
    @Test func wrapsAtSpacesAndKeepsParagraphs() {
        #expect(Wrap.lines("the quick brown fox", width: 9) == ["the quick", "brown fox"])
        #expect(Wrap.lines("one\n\ntwo three", width: 5) == ["one", "", "two", "three"])
        #expect(Wrap.lines("anything", width: 0).isEmpty)
    }

    @Test func aWordWiderThanALineKeepsALineOfItsOwn() {
        #expect(Wrap.lines("a extraordinarily b", width: 6) == ["a", "extraordinarily", "b"])
        var buffer = Buffer(size: Size(width: 6, height: 3))
        Wrap.render("a extraordinarily b", in: buffer.area, into: &buffer, style: .text)
        #expect(buffer.lines == ["a     ", "extrao", "b     "])
    }

    @Test func textThatDoesNotFitEndsInOneEllipsis() {
        var buffer = Buffer(size: Size(width: 9, height: 1))
        Wrap.render("the quick brown fox", in: buffer.area, into: &buffer, style: .muted)
        #expect(buffer.lines == ["the quic…"])
        var short = Buffer(size: Size(width: 9, height: 2))
        Wrap.render("to be or not to be, that", in: short.area, into: &short, style: .muted)
        #expect(short.lines == ["to be or ", "not to…  "])
        var narrow = Buffer(size: Size(width: 9, height: 1))
        Wrap.render("brown fox jumps", in: narrow.area, into: &narrow, style: .muted)
        #expect(narrow.lines == ["brown fo…"])
    }
}

extension String {
    /// The string padded with spaces to `width` columns.
    func padding(_ width: Int) -> String { self + String(repeating: " ", count: max(0, width - TextWidth.of(self))) }
}
