/// A string enumeration that accepts any value: the known cases are named constants, and a
/// value the docs do not list decodes too and is kept as it came, so a new status from an
/// API never fails a whole list.
public protocol OpenEnum: RawRepresentable, Codable, Sendable, Hashable, CustomStringConvertible
where RawValue == String {
    init(rawValue: String)
    /// The values launchdeck knows by name.
    static var known: [Self] { get }
}

extension OpenEnum {
    /// True for a value launchdeck knows by name.
    public var isKnown: Bool { Self.known.contains(self) }
    public var description: String { rawValue }

    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
