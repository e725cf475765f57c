import TerminalUI

/// Colours the status column of a table, one role per row (green active, amber paused…).
enum StatusColumn {
    static func style(column: Int, roles: [Role]) -> @Sendable (Int, Int) -> Style? {
        { row, c in c == column && row < roles.count ? Style(roles[row]) : nil }
    }
}
