/// Anything that draws itself into an area of a buffer and nothing else: the shape every
/// widget here has, so screens and tests can treat them alike.
public protocol Widget {
    func render(_ area: Rect, into buffer: inout Buffer)
}

extension Table: Widget {}
extension Sparkline: Widget {}
extension LineChart: Widget {}
extension StatusBar: Widget {}
extension CommandPrompt: Widget {}
extension FlashMessage: Widget {}
extension HelpOverlay: Widget {}
extension TooSmall: Widget {}
