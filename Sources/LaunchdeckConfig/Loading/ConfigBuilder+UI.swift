/// `[ui]` and `[keys]`.
extension ConfigBuilder {
    mutating func ui(_ reader: SectionReader) throws(ConfigError) -> UISettings {
        var settings = UISettings()
        if let theme = try reader.string("theme") {
            // The name becomes part of a file name (themes/NAME.theme): no path in it.
            guard !theme.isEmpty, theme.unicodeScalars.allSatisfy(TOMLParser.isBareKeyScalar) else {
                throw reader.error("theme", "expected a theme name (letters, digits, `-` and `_`) for `theme` in [ui], "
                                   + "found \"\(theme.prefix(40))\"")
            }
            settings.theme = theme
        }
        settings.ascii = try reader.bool("ascii")
        settings.bell = try reader.bool("bell") ?? settings.bell
        settings.mouse = try reader.bool("mouse") ?? settings.mouse
        let notifications = try reader.choice("notifications", from: UISettings.Notifications.allCases.map(\.rawValue))
        settings.notifications = notifications.flatMap(UISettings.Notifications.init(rawValue:)) ?? settings.notifications
        return settings
    }

    /// Action name to keys, as written: `quit = "q"` or `quit = ["q", "ctrl-c"]`.
    func keys(_ reader: SectionReader) throws(ConfigError) -> [String: [String]] {
        var bindings: [String: [String]] = [:]
        for entry in reader.table.entries {
            let keys = try reader.stringList(entry.key) ?? []
            if keys.contains("") {
                throw reader.error(entry.key, "expected key names for `\(entry.key)` in [keys], found an empty string")
            }
            bindings[entry.key] = keys
        }
        return bindings
    }
}
