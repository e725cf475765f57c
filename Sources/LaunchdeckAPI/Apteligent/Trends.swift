/// `data` of `GET /v2/trends/{appId}`: daily buckets of each trend (appLoadsByVersion,
/// crashesByOs, dau, ...) for its top categories.
public struct ApteligentTrends: Codable, Sendable, Hashable {
    public struct Trend: Codable, Sendable, Hashable {
        public struct Units: Codable, Sendable, Hashable {
            /// app_loads, crashes, users or dau (kept as sent).
            public var of: String?
            /// count or percent.
            public var type: String?
            public init(of: String?, type: String?) {
                self.of = of
                self.type = type
            }
        }

        public struct Bucket: Codable, Sendable, Hashable {
            /// An ISO 8601 duration, `P1D`.
            public var duration: String?
            public var start: String?
            public var value: Double
            public init(duration: String?, start: String?, value: Double) {
                self.duration = duration
                self.start = start
                self.value = value
            }
        }

        public struct Category: Codable, Sendable, Hashable {
            public var buckets: [Bucket]
            public init(buckets: [Bucket]) { self.buckets = buckets }
        }

        public var units: Units?
        /// Today's value per category; null when the service has none yet.
        public var todayTopValues: [String: Double]?
        public var categories: [String: Category]

        public init(units: Units?, todayTopValues: [String: Double]?, categories: [String: Category]) {
            self.units = units
            self.todayTopValues = todayTopValues
            self.categories = categories
        }
    }

    public var series: [String: Trend]

    public init(series: [String: Trend]) { self.series = series }
}
