#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A Taplytics user, as `GET /v2/users/{id}` returns it and `GET /v2/usersByToken` lists it.
///
/// The attribute table calls the user's own key/value store `custom_data`, and so does the
/// single-user example; the usersByToken example shows the same data under `metadata`. Both
/// decode, each into its own field; `customFields` reads whichever came.
public struct TaplyticsUser: Codable, Sendable, Hashable {
    /// The Taplytics id.
    public var id: String
    /// When the user was first seen.
    public var createdAt: Date?
    /// Your own id for the user.
    public var userID: String?
    public var email: String?
    public var firstName: String?
    public var lastName: String?
    public var name: String?
    public var gender: String?
    public var customData: [String: JSONValue]?
    /// The usersByToken example's name for the custom data.
    public var metadata: [String: JSONValue]?
    public var lastSeenIP: String?
    public var location: Location?
    /// The experiments the user is in, with the variation each got (usersByToken example).
    public var experiments: [ExperimentAssignment]?
    /// The doc shows only `[{}]`, so the devices are kept as they came.
    public var devices: [JSONValue]?
    public var sessionCount: Int?

    public init(id: String, createdAt: Date? = nil, userID: String? = nil, email: String? = nil,
                firstName: String? = nil, lastName: String? = nil, name: String? = nil, gender: String? = nil,
                customData: [String: JSONValue]? = nil, metadata: [String: JSONValue]? = nil,
                lastSeenIP: String? = nil, location: Location? = nil, experiments: [ExperimentAssignment]? = nil,
                devices: [JSONValue]? = nil, sessionCount: Int? = nil) {
        self.id = id
        self.createdAt = createdAt
        self.userID = userID
        self.email = email
        self.firstName = firstName
        self.lastName = lastName
        self.name = name
        self.gender = gender
        self.customData = customData
        self.metadata = metadata
        self.lastSeenIP = lastSeenIP
        self.location = location
        self.experiments = experiments
        self.devices = devices
        self.sessionCount = sessionCount
    }

    /// The custom data under either name (`custom_data` first), empty when there is none.
    public var customFields: [String: JSONValue] { customData ?? metadata ?? [:] }

    /// The user's last known location.
    public struct Location: Codable, Sendable, Hashable {
        public var cityName: String?
        public var continentCode: String?
        public var countryCode: String?
        public var countryName: String?
        public var latitude: Double?
        public var longitude: Double?
        public var postalCode: String?
        public var regionName: String?
        public var timezone: String?

        public init(cityName: String? = nil, continentCode: String? = nil, countryCode: String? = nil,
                    countryName: String? = nil, latitude: Double? = nil, longitude: Double? = nil,
                    postalCode: String? = nil, regionName: String? = nil, timezone: String? = nil) {
            self.cityName = cityName
            self.continentCode = continentCode
            self.countryCode = countryCode
            self.countryName = countryName
            self.latitude = latitude
            self.longitude = longitude
            self.postalCode = postalCode
            self.regionName = regionName
            self.timezone = timezone
        }

        enum CodingKeys: String, CodingKey {
            case latitude, longitude, timezone
            case cityName = "city_name"
            case continentCode = "continent_code"
            case countryCode = "country_code"
            case countryName = "country_name"
            case postalCode = "postal_code"
            case regionName = "region_name"
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(cityName, forKey: .cityName)
            try c.encodeIfPresent(continentCode, forKey: .continentCode)
            try c.encodeIfPresent(countryCode, forKey: .countryCode)
            try c.encodeIfPresent(countryName, forKey: .countryName)
            try c.encodeIfPresent(latitude, forKey: .latitude)
            try c.encodeIfPresent(longitude, forKey: .longitude)
            // The doc shows an unknown postal code as `null`.
            try c.encode(postalCode, forKey: .postalCode)
            try c.encodeIfPresent(regionName, forKey: .regionName)
            try c.encodeIfPresent(timezone, forKey: .timezone)
        }
    }

    /// One experiment a user is in and the variation the user got.
    public struct ExperimentAssignment: Codable, Sendable, Hashable {
        public var experimentID: String?
        /// The doc shows a variation id; a whole variation decodes too.
        public var variation: TaplyticsVariationRef?

        public init(experimentID: String?, variation: TaplyticsVariationRef?) {
            self.experimentID = experimentID
            self.variation = variation
        }

        enum CodingKeys: String, CodingKey {
            case experimentID = "experiment_id"
            case variation
        }
    }

    enum CodingKeys: String, CodingKey {
        case id, email, name, gender, metadata, location, experiments, devices
        case createdAt = "created_at"
        case userID = "user_id"
        case firstName = "first_name"
        case lastName = "last_name"
        case customData = "custom_data"
        case lastSeenIP = "last_seen_ip"
        case sessionCount = "session_count"
    }
}
