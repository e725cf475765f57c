import CNCurses
import TerminalUI

#if canImport(Glibc)
import Glibc
#endif

extension CursesTerminal {
    /// The terminal bell (ncurses picks audible or visible as the terminal can).
    public func bell() { _ = beep() }

    /// A desktop notification escape. The text is stripped of control characters and of
    /// `;` (the field separator), so API data can never end the sequence and inject another.
    public func notify(_ text: String, title: String, style: DesktopNotification) {
        var bytes = Array(Self.notificationText(text, title: title, style: style).utf8)
        guard !bytes.isEmpty else { return }
        _ = write(STDOUT_FILENO, &bytes, bytes.count)
    }

    /// The escape text `notify` sends, for tests.
    public static func notificationText(_ text: String, title: String = "launchdeck", style: DesktopNotification) -> String {
        func clean(_ s: String) -> String {
            String(s.unicodeScalars.filter { $0.value >= 0x20 && !(0x7F...0x9F).contains($0.value) && $0 != ";" }
                .prefix(200).map(Character.init))
        }
        switch style {
        case .off: return ""
        case .osc9: return "\u{1B}]9;\(clean(title)): \(clean(text))\u{07}"
        case .osc777: return "\u{1B}]777;notify;\(clean(title));\(clean(text))\u{07}"
        }
    }
}
