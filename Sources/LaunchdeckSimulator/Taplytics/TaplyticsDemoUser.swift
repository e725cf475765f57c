extension Simulator {
    /// A user the demo knows (user 9, Grace Hopper), looked up by email as `:user` would be:
    /// the user card's screenshot shows it.
    public static let demoUserEmail = "user9@example.invalid"
}
