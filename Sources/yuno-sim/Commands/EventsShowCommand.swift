import ArgumentParser
import YunoSimCore
import YunoSimRun

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

    @Option(parsing: .unconditional, help: ArgumentHelp("The body's `retry` field: 0 on Yuno's first try, 6 on its seventh and last.", valueName: "n"))
    var retry = 0

    func validate() throws {
        if !(0...6).contains(retry) {
            throw ValidationError("--retry must be from 0 to 6: Yuno sends 0 on its first try and 6 on its seventh and last (--set retry=N sends any other number)")
        }
    }

    func run() async throws {
        let template = try body.template(event: event)
        let bytes = template.render(instanceSeed: body.instanceSeed, retry: retry, time: body.time)
        FileOutput.standardOutput.write(try JSONParser.parse(bytes, source: "the generated body").prettyText)
    }
}
