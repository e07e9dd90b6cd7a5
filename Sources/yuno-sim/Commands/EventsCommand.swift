import ArgumentParser

/// `yuno-sim events`: the catalogue of events Yuno sends.
struct EventsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "List Yuno's events and show the body of any of them.",
        subcommands: [EventsListCommand.self, EventsShowCommand.self]
    )
}
