/// Input the user can fix: a bad flag value, file or scenario entry. Commands exit 2 on it.
public struct InputError: Error, Sendable, Hashable, CustomStringConvertible {
    /// One line that names the problem and, where possible, what to do.
    public let message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
