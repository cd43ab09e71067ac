import ArgumentParser
import LeakScan

@main
struct LeakscanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "leakscan")
    func run() throws {}
}
