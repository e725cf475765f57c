/// Anything that draws itself into an area of a buffer and nothing else: the shape every
/// widget here has, so screens and tests can treat them alike.
public protocol Widget {
    func render(_ area: Rect, into buffer: inout Buffer)
}

extension Table: Widget {}
extension Sparkline: Widget {}
extension LineChart: Widget {}
extension BarChart: Widget {}
extension Gauge: Widget {}
extension KeyValueList: Widget {}
extension Breadcrumbs: Widget {}
extension Tabs: Widget {}
extension StatusBar: Widget {}
extension TooSmall: Widget {}
extension HelpOverlay: Widget {}
extension CommandPrompt: Widget {}
extension ConfirmDialog: Widget {}
