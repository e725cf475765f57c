/// `[[alerts]]`: one rule per table, each with a `kind` and the one setting that kind needs.
extension ConfigBuilder {
    /// The setting each kind needs, and what it is.
    private static let parameters: [String: (key: String, meaning: String)] = [
        "crash_rate_above": ("value", "a crash rate in percent, above 0 and at most 100, such as 2.5"),
        "hits_drop": ("share", "a share of the last hour's hits per minute, above 0 and at most 1, such as 0.5"),
        "status_change": ("service", "\"experiments\" or \"push\""),
    ]

    mutating func alerts(_ entry: TOMLTable.Entry?) throws(ConfigError) -> [AlertRule] {
        guard let entry else { return [] }
        guard case .array(let items, _) = entry.value.kind else {
            throw source.error("expected [[alerts]] (one [[alerts]] header per rule), found \(entry.value.typeDescription)",
                               at: entry.keyPosition)
        }
        var rules: [AlertRule] = []
        for item in items {
            guard case .table(let table) = item.kind else {
                throw source.error("expected a table for each alert rule, found \(item.typeDescription)", at: item.position)
            }
            let reader = SectionReader(table: table, name: "the [[alerts]] rule on line \(item.position.line)", source: source)
            rules.append(try rule(reader, line: item.position.line))
        }
        return rules
    }

    private mutating func rule(_ reader: SectionReader, line: Int) throws(ConfigError) -> AlertRule {
        guard let kind = try reader.choice("kind", from: AlertRule.kinds) else {
            let kinds = AlertRule.kinds.map { "\"\($0)\"" }.joined(separator: ", ")
            throw source.error("expected `kind` in \(reader.name): one of \(kinds)", line: line)
        }
        let parameter = Self.parameters[kind]
        let allParameters = Self.parameters.values.map(\.key)
        for entry in reader.table.entries where !["kind", "name", parameter?.key].contains(entry.key) {
            if allParameters.contains(entry.key) {
                warn("`\(entry.key)` is not used by a \(kind) rule and is ignored", line: entry.keyPosition.line)
            } else {
                let hint = Suggestion.closest(to: entry.key, among: ["kind", "name"] + allParameters)
                    .map { "; did you mean `\($0)`?" } ?? ""
                warn("unknown key `\(entry.key)` in \(reader.name) is ignored\(hint)", line: entry.keyPosition.line)
            }
        }
        let name = try reader.string("name")
        guard let parameter else {
            return AlertRule(name: name, condition: kind == "content_issue" ? .contentIssue : .siteDown, line: line)
        }
        guard reader.entry(parameter.key) != nil else {
            throw source.error("expected `\(parameter.key)` (\(parameter.meaning)) in \(reader.name) of kind \(kind)",
                               line: line)
        }
        let condition: AlertRule.Condition
        switch kind {
        case "crash_rate_above":
            condition = .crashRateAbove(percent: try share(reader, parameter, upTo: 100))
        case "hits_drop":
            condition = .hitsDrop(share: try share(reader, parameter, upTo: 1))
        default:
            let service = try reader.choice(parameter.key, from: AlertRule.StatusService.allCases.map(\.rawValue))
            condition = .statusChange(service.flatMap(AlertRule.StatusService.init(rawValue:)) ?? .experiments)
        }
        return AlertRule(name: name, condition: condition, line: line)
    }

    /// A number above 0 and at most `limit`.
    private func share(_ reader: SectionReader, _ parameter: (key: String, meaning: String),
                       upTo limit: Double) throws(ConfigError) -> Double {
        let value = try reader.number(parameter.key) ?? 0
        guard value > 0, value <= limit else {
            throw reader.error(parameter.key, "expected \(parameter.meaning) for `\(parameter.key)` in \(reader.name), "
                               + "found \(value == value.rounded() ? String(Int(value)) : String(value))")
        }
        return value
    }
}
