/// An ``Expectation`` reduced to what it requires of each instance of its event.
enum ExpectationRequirement: Sendable {
    case mustBeDelivered
    case mustBeExhausted
    case onAttempt(Int)
    case withinAttempts(Int)

    init(_ expectation: Expectation) {
        if let attempt = expectation.attempt {
            self = .onAttempt(attempt)
        } else if let within = expectation.within {
            self = .withinAttempts(within)
        } else {
            self = expectation.delivered == false ? .mustBeExhausted : .mustBeDelivered
        }
    }

    /// `expected delivery on attempt 4`.
    var text: String { "expected " + summary }

    /// `delivery on attempt 4`, `no delivery (exhausted)`.
    var summary: String {
        switch self {
        case .mustBeDelivered: "delivery"
        case .mustBeExhausted: "no delivery (exhausted)"
        case .onAttempt(let attempt): "delivery on attempt \(attempt)"
        case .withinAttempts(let attempts): "delivery within \(attempts) attempt\(attempts == 1 ? "" : "s")"
        }
    }

    func isMet(by state: EventOutcome.State) -> Bool {
        switch (self, state) {
        case (.mustBeDelivered, .delivered): true
        case (.mustBeExhausted, .exhausted): true
        case (.onAttempt(let expected), .delivered(let attempt, _)): attempt == expected
        case (.withinAttempts(let limit), .delivered(let attempt, _)): attempt <= limit
        default: false
        }
    }

    /// The check of `outcome`; `text` is ``text``, made once per expectation.
    func check(_ outcome: EventOutcome, text: String) -> ExpectationCheck {
        ExpectationCheck(outcome: outcome, passed: isMet(by: outcome.state), requirement: text)
    }

    /// The failed check of an expectation whose event is not in the run.
    static func noSuchEvent(_ eventID: String) -> ExpectationCheck {
        ExpectationCheck(instanceID: eventID, passed: false, message: "\(eventID): no such event in the run")
    }
}
