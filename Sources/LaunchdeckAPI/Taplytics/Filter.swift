/// One audience filter of a Taplytics push or experiment: `type`, `comparator`, `values`.
///
/// A user matches when ANY of `values` compares true. `values` may hold strings or numbers
/// (the push examples filter custom data with `[16]`), so they are kept as `JSONValue`.
public struct TaplyticsFilter: Codable, Sendable, Hashable {
    /// What to compare: `an_version`, `ios_version`, `os`, `country`, `custom_data`, `osType`, ...
    public var type: String?
    /// `=`, `<=`, `>=` or `!=` as documented.
    public var comparator: String?
    public var values: [JSONValue]?
    /// The custom data key compared when `type` is `custom_data`.
    public var dataKey: String?
    /// The filter's own id (`_id`), present on experiment filters.
    public var id: String?

    public init(type: String?, comparator: String?, values: [JSONValue]?, dataKey: String? = nil, id: String? = nil) {
        self.type = type
        self.comparator = comparator
        self.values = values
        self.dataKey = dataKey
        self.id = id
    }

    enum CodingKeys: String, CodingKey {
        case type, comparator, values, dataKey
        case id = "_id"
    }
}
