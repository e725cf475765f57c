/// One variation of a Taplytics experiment (or its baseline), as the experiments list shows it.
public struct TaplyticsVariation: Codable, Sendable, Hashable {
    /// The variation's id (`_id`); the list example's baseline has none.
    public var id: String?
    public var name: String?
    /// The share of users this variation gets; the doc shows `1` and `0`.
    public var distributionPercent: Double?
    public var dynamicVariables: [DynamicVariable]?
    /// The doc shows only an empty list, so the elements are kept as they came.
    public var webElements: [JSONValue]?

    public init(id: String?, name: String?, distributionPercent: Double? = nil,
                dynamicVariables: [DynamicVariable]? = nil, webElements: [JSONValue]? = nil) {
        self.id = id
        self.name = name
        self.distributionPercent = distributionPercent
        self.dynamicVariables = dynamicVariables
        self.webElements = webElements
    }

    /// A dynamic variable a variation sets. `defaultValue` and `value` are JSON values
    /// because the variable may be a string (the doc's JSON variable), a number or a boolean.
    public struct DynamicVariable: Codable, Sendable, Hashable {
        public var id: String?
        public var name: String?
        public var isActive: Bool?
        /// Where the variable was first seen; the doc shows `device`.
        public var createdFrom: String?
        /// The doc shows `JSON`.
        public var variableType: String?
        public var defaultValue: JSONValue?
        public var value: JSONValue?

        public init(id: String?, name: String?, isActive: Bool? = nil, createdFrom: String? = nil,
                    variableType: String? = nil, defaultValue: JSONValue? = nil, value: JSONValue? = nil) {
            self.id = id
            self.name = name
            self.isActive = isActive
            self.createdFrom = createdFrom
            self.variableType = variableType
            self.defaultValue = defaultValue
            self.value = value
        }

        enum CodingKeys: String, CodingKey {
            case id = "_id"
            case name, isActive, createdFrom, variableType, defaultValue, value
        }
    }

    enum CodingKeys: String, CodingKey {
        case id = "_id"
        case name, distributionPercent, dynamicVariables, webElements
    }
}

/// An entry of an experiment's `variations`: the list example gives whole objects, the
/// single-experiment example bare id strings. Both decode, and each encodes back as it came.
public enum TaplyticsVariationRef: Codable, Sendable, Hashable {
    case object(TaplyticsVariation)
    case id(String)

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let id = try? container.decode(String.self) {
            self = .id(id)
        } else {
            self = .object(try container.decode(TaplyticsVariation.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .object(let variation): try variation.encode(to: encoder)
        case .id(let id):
            var container = encoder.singleValueContainer()
            try container.encode(id)
        }
    }

    /// The variation's id in either form (nil for an object without `_id`).
    public var variationID: String? {
        switch self {
        case .object(let variation): return variation.id
        case .id(let id): return id
        }
    }

    /// The whole variation, when the API sent one.
    public var variation: TaplyticsVariation? {
        if case .object(let variation) = self { return variation }
        return nil
    }
}
