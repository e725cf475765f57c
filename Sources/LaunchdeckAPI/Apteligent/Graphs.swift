/// `data` of `GET /v2/errorMonitoring/graph`: one or more series of points, `interval`
/// seconds apart from `start`.
public struct ApteligentGraph: Codable, Sendable, Hashable {
    public struct Series: Codable, Sendable, Hashable {
        public var name: String
        public var points: [Double]
        public init(name: String, points: [Double]) {
            self.name = name
            self.points = points
        }
    }

    /// Like `2016-12-01T00:00:00` (UTC, no zone): kept as text.
    public var start: String?
    public var end: String?
    public var interval: Int?
    public var series: [Series]

    public init(start: String?, end: String?, interval: Int?, series: [Series]) {
        self.start = start
        self.end = end
        self.interval = interval
        self.series = series
    }
}

/// `data` of the pie endpoints (`errorMonitoring/pie`, `performanceManagement/pie`).
public struct ApteligentPie: Codable, Sendable, Hashable {
    public struct Slice: Codable, Sendable, Hashable {
        public var name: String
        public var label: String?
        public var value: Double
        public init(name: String, label: String?, value: Double) {
            self.name = name
            self.label = label
            self.value = value
        }
    }

    public var start: String?
    public var end: String?
    public var interval: Int?
    public var slices: [Slice]

    public init(start: String?, end: String?, interval: Int?, slices: [Slice]) {
        self.start = start
        self.end = end
        self.interval = interval
        self.slices = slices
    }
}

/// `data` of `GET /v2/liveStats/{appId}/{period}`.
public struct ApteligentLiveStats: Codable, Sendable, Hashable {
    public struct Period: Codable, Sendable, Hashable {
        public var start: String?
        public var end: String?
        public var crashes: Int
        public var appLoads: Int
        public init(start: String?, end: String?, crashes: Int, appLoads: Int) {
            self.start = start
            self.end = end
            self.crashes = crashes
            self.appLoads = appLoads
        }
    }

    public var crashPercentage: Double?
    public var periodicData: [Period]

    public init(crashPercentage: Double?, periodicData: [Period]) {
        self.crashPercentage = crashPercentage
        self.periodicData = periodicData
    }
}

/// One day of `GET /v2/app/crash/counts/{appId}`.
public struct ApteligentDailyCount: Codable, Sendable, Hashable {
    public var date: String
    public var value: Int
    public init(date: String, value: Int) {
        self.date = date
        self.value = value
    }
}
