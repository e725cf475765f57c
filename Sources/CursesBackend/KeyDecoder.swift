import CNCurses
import TerminalUI

/// Turns what `wgetch` returned (a function key code, or a character `UTF8Input` assembled) into a `Key`.
enum KeyDecoder {
    /// A function key (the result was KEY_CODE_YES).
    static func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_BTAB: return .backTab
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case (KEY_F0 + 1)...(KEY_F0 + 24): return .function(Int(code - KEY_F0))
        default: return nil
        }
    }

    /// The mouse event ncurses holds after KEY_MOUSE.
    static func mouse() -> Key? {
        var x: Int32 = 0, y: Int32 = 0, button: Int32 = 0
        let kind: MouseEvent.Kind
        switch cnc_get_mouse(&x, &y, &button) {
        case CNC_MOUSE_PRESS: kind = .press
        case CNC_MOUSE_RELEASE: kind = .release
        case CNC_MOUSE_SCROLL_UP: kind = .scrollUp
        case CNC_MOUSE_SCROLL_DOWN: kind = .scrollDown
        default: return nil
        }
        return .mouse(MouseEvent(kind, x: Int(x), y: Int(y)))
    }

    /// An ordinary character (the result was OK).
    static func character(_ value: UInt32) -> Key? {
        switch value {
        case 27: return .escape
        case 9: return .tab
        case 10, 13: return .enter
        case 8, 127: return .backspace
        case 1...26:
            return .ctrl(Character(Unicode.Scalar(value + 96) ?? "?"))
        default:
            guard let scalar = Unicode.Scalar(value), !Sanitizer.isUnsafe(scalar) else { return nil }
            return .character(Character(scalar))
        }
    }
}
