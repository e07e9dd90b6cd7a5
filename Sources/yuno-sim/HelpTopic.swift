import ArgumentParser
import YunoSimCore

/// `yuno-sim help COMMAND…`. For a name it does not know, argument-parser shows the help of the
/// nearest command it does know and exits 0, so a misspelt `help chek` looked like an answer.
enum HelpTopic {
    /// What is wrong when `arguments` ask for help on a command that does not exist, else `nil`.
    static func problem(in arguments: [String]) -> InputError? {
        guard arguments.first == "help" else { return nil }
        var path = "yuno-sim"
        var commands = YunoSim.configuration.subcommands
        for name in arguments.dropFirst() {
            if name.hasPrefix("-") { continue }
            let names = commands.compactMap { $0.configuration.commandName }
            guard let command = commands.first(where: { $0.configuration.commandName == name }) else {
                if names.isEmpty {
                    return InputError("'\(path)' has no commands of its own; see '\(path) --help'")
                }
                return InputError("'\(path)' has no command '\(name)'\(SpellingSuggestion.hint(for: name, among: names))"
                    + " (commands: \(names.joined(separator: ", ")))")
            }
            path += " " + name
            commands = command.configuration.subcommands
        }
        return nil
    }
}
