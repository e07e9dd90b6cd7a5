import Testing
import YunoSimCore

@Suite struct RedactorTests {
    @Test func masksEverySecretWhereverItAppears() {
        let redact = Redactor(secrets: ["k-123", "s3cr€t"])
        #expect(redact("key k-123 and s3cr€t, again k-123") == "key *** and ***, again ***")
        #expect(redact("https://merchant.example/hook?token=s3cr€t") == "https://merchant.example/hook?token=***")
    }

    @Test func leavesTextWithoutSecretsAlone() {
        let redact = Redactor(secrets: ["k-123", ""])
        #expect(redact("k-12 3 and k-1234") == "k-12 3 and k-1234")
        #expect(redact("nothing here") == "nothing here")
        #expect(redact("") == "")
        #expect(Redactor.none("k-123") == "k-123")
    }

    @Test func aSecretIsMaskedPercentEncodedAsAURLCarriesIt() {
        let redact = Redactor(secrets: ["KEY/zz91", "X&SEC<qq72>"])
        #expect(redact("?k=KEY%2Fzz91&s=X%26SEC%3Cqq72%3E") == "?k=***&s=***")
        #expect(redact("?k=KEY%2fzz91&s=X%26SEC%3cqq72%3e") == "?k=***&s=***")
        // What Foundation's query encoding leaves alone stays as written.
        #expect(redact("?s=X&SEC%3Cqq72%3E") == "?s=***")
        #expect(redact("KEY/zz91") == "***")
        // Any mix of encoded and plain bytes, in either case, and + for a space.
        #expect(redact("?k=KEY%2fzz91&j=%4BEY%2Fz%7a91") == "?k=***&j=***")
        let spaced = Redactor(secrets: ["my secret value"])
        #expect(spaced("?b=my+secret+value&c=my%20secret%20value") == "?b=***&c=***")
        #expect(spaced("my secret valu") == "my secret valu")
    }

    @Test func aShortSecretIsMaskedWhereItStandsAloneALongOneEverywhere() {
        let redact = Redactor(secrets: ["a", "s3", "longer-secret"])
        #expect(redact(#"interrupted="false" clock="instant""#) == #"interrupted="false" clock="instant""#)
        #expect(redact("?k=a&t=s3 (a) s3") == "?k=***&t=*** (***) ***")
        #expect(redact("xlonger-secrety") == "x***y")
    }

    @Test func aSecretContainingAnotherIsMaskedWhole() {
        let redact = Redactor(secrets: ["abc", "abc-def"])
        #expect(redact("x abc-def y abc") == "x *** y ***")
    }

    @Test func overlappingSecretsAreMaskedAsOneRunSoNeitherShows() {
        let redact = Redactor(secrets: ["abcdEFGH", "EFGH1234", "12345678"])
        #expect(redact("k=abcdEFGH1234;") == "k=***;")
        #expect(redact("EFGH1234 then abcdEFGH") == "*** then ***")
        // A chain of three, each overlapping the next.
        #expect(redact("(abcdEFGH12345678)") == "(***)")
        // Side by side, not overlapping: each masked.
        #expect(redact("abcdEFGHEFGH1234") == "******")
        #expect(redact("xabcdEFGH12y") == "x***12y")
    }
}
