import ArgumentParser
import YunoSimCore

struct EventsShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print the body Yuno would send for an event, pretty-printed.",
        discussion: """
            Example:
              yuno-sim events show payment.purchase --seed 7 --variant routed --set data.payment.amount.value=99
            """
    )

    @Argument(help: ArgumentHelp("Dotted event name, e.g. payment.purchase.", valueName: "type_event"))
    var event: String

    @OptionGroup var body: BodyOptions

    @Option(help: ArgumentHelp("The body's `retry` field: 0 on Yuno's first try.", valueName: "n"))
    var retry = 0

    func validate() throws {
        if retry < 0 { throw ValidationError("--retry must be 0 or more") }
    }

    func run() async throws {
        let template = try body.template(event: event)
        let bytes = template.render(instanceSeed: body.instanceSeed, retry: retry, time: body.time)
        FileOutput.standardOutput.write(try JSONParser.parse(bytes, source: "the generated body").prettyText)
    }
}
