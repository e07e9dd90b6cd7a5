import Testing
import YunoSimCore

@Suite struct VariableExpansionTests {
    let expansion = VariableExpansion(environment: ["HOST": "merchant.example", "EMPTY": "", "PORT": "8443"])

    @Test(arguments: [
        ("https://${HOST}:${PORT}/hooks", "https://merchant.example:8443/hooks"),
        ("${MISSING:-fallback}", "fallback"),
        ("${EMPTY:-fallback}", "fallback"),
        ("${HOST:-fallback}", "merchant.example"),
        ("${MISSING:-}", ""),
        ("${EMPTY}", ""),
        ("price $5 and $${HOST}", "price $5 and ${HOST}"),
        ("no references", "no references"),
    ])
    func expands(text: String, expected: String) throws {
        #expect(try expansion.expand(text) == expected)
    }

    @Test func unsetVariableIsAnErrorNamingIt() {
        #expect(throws: InputError("environment variable YUNO_API_KEY is not set; export it or write ${YUNO_API_KEY:-default}")) {
            try expansion.expand("key-${YUNO_API_KEY}")
        }
    }

    @Test(arguments: ["${HOST", "${}", "${1X}", "${A B}"])
    func malformedReferencesAreErrors(text: String) {
        #expect(throws: InputError.self) { try expansion.expand(text) }
    }
}

@Suite struct SpellingSuggestionTests {
    @Test func suggestsTheClosestName() {
        #expect(SpellingSuggestion.closest(to: "evnets", among: ["version", "events", "expect"]) == "events")
        #expect(SpellingSuggestion.closest(to: "payment.purchse", among: EventCatalogue.yuno.names) == "payment.purchase")
        #expect(SpellingSuggestion.closest(to: "subscription.pased", among: EventCatalogue.yuno.names) == "subscription.paused")
    }

    @Test func staysQuietWhenNothingIsClose() {
        #expect(SpellingSuggestion.closest(to: "zzzzzz", among: ["events", "version"]) == nil)
        #expect(SpellingSuggestion.hint(for: "zzzzzz", among: ["events"]) == "")
    }
}
