@testable import LaunchdeckScreens
import TerminalUI
import Testing

@Suite struct SparseTableTests {
    @Test func aHugeUnknownStatusIsCutNotGivenTheRow() {
        let table = SparseTable(rows: 2, [
            .init("ALERT", fillMin: 8, ["a", "b"]),
            .init("STATUS", status: true, [String(repeating: "x", count: 5000), "sent"]),
            .init("EMPTY", [nil, nil]),
        ])
        #expect(table.columns.map(\.title) == ["ALERT", "STATUS"], "a column no row fills is not drawn")
        #expect(table.columns[1].width == .fixed(SparseTable.widest))
    }
}
