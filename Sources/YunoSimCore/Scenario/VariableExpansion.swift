/// `${VAR}` and `${VAR:-default}` in scenario values, as in a shell: `${VAR}` must be set
/// (an empty value counts as set); `${VAR:-default}` uses `default` when VAR is unset or empty.
/// `$${` writes a literal `${`. Any other `$` is kept as it is.
public struct VariableExpansion: Sendable {
    /// The variables to read, usually the process environment.
    public var environment: [String: String]

    public init(environment: [String: String]) {
        self.environment = environment
    }

    /// `text` with every reference replaced; throws a message naming the first unset variable.
    public func expand(_ text: String) throws(InputError) -> String {
        guard text.contains("${") else { return text }
        var result = ""
        var rest = Substring(text)
        while let dollar = rest.firstIndex(of: "$") {
            result += rest[..<dollar]
            rest = rest[dollar...]
            if rest.hasPrefix("$${") {
                result += "${"
                rest = rest.dropFirst(3)
            } else if rest.hasPrefix("${") {
                guard let close = rest.firstIndex(of: "}") else {
                    throw InputError("'${' is not closed; write ${NAME} or ${NAME:-default}")
                }
                result += try value(of: rest[rest.index(rest.startIndex, offsetBy: 2)..<close])
                rest = rest[rest.index(after: close)...]
            } else {
                result += "$"
                rest = rest.dropFirst()
            }
        }
        return result + rest
    }

    private func value(of reference: Substring) throws(InputError) -> String {
        let parts = reference.split(separator: ":-", maxSplits: 1, omittingEmptySubsequences: false)
        let name = String(parts[0])
        let isName = !name.isEmpty && name.first?.isNumber == false
            && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
        guard isName else {
            throw InputError("'${\(reference)}' is not a variable reference; write ${NAME} or ${NAME:-default}")
        }
        if parts.count == 2 {
            if let value = environment[name], !value.isEmpty { return value }
            return String(parts[1])
        }
        guard let value = environment[name] else {
            throw InputError("environment variable \(name) is not set; export it or write ${\(name):-default}")
        }
        return value
    }
}
