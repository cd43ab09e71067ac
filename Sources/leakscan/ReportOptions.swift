import ArgumentParser
import LeakScan

/// What `scan` and `check` both let a person choose: whether organisations' own contact
/// details are shown, and the language of the messages.
struct ReportOptions: ParsableArguments {
    @Flag(name: .customLong("include-org"), help: "Also show organisations' own contact details (office phones, 咨询电话 …).")
    var includeOrg = false

    @Option(help: "Language of messages: zh or en (default: from the locale).")
    var lang: Language?

    var policy: Policy { Policy(includeOrganisational: includeOrg) }
    var messages: Messages { Messages(lang ?? .fromEnvironment()) }
}
