/// `[history]` and `[launch]`.
extension ConfigBuilder {
    mutating func history(_ reader: SectionReader) throws(ConfigError) -> HistorySettings {
        var settings = HistorySettings()
        settings.enabled = try reader.bool("enabled") ?? settings.enabled
        if let dir = try reader.string("dir") {
            guard dir.hasPrefix("/") else {
                throw reader.error("dir", "expected an absolute path for `dir` in [history], found \"\(dir.prefix(40))\"")
            }
            settings.dir = dir
        }
        if let text = try reader.string("retention") {
            guard let retention = HistorySettings.parseRetention(text) else {
                throw reader.error("retention", "expected a duration such as \"30d\", \"12h\" or \"90m\" for `retention` "
                                   + "in [history], found \"\(text.prefix(40))\"")
            }
            settings.retention = retention
        }
        if let text = try reader.string("max_size") {
            guard let bytes = HistorySettings.parseSize(text) else {
                throw reader.error("max_size", "expected a size of at least 1 MB such as \"100MB\" or \"2GB\" for "
                                   + "`max_size` in [history], found \"\(text.prefix(40))\"")
            }
            settings.maxBytes = bytes
        }
        return settings
    }

    func launch(_ reader: SectionReader) throws(ConfigError) -> LaunchSettings {
        LaunchSettings(t0: try reader.string("t0"))
    }
}
