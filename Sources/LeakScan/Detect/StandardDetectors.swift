/// The detectors leakscan runs, in priority order: where two matches overlap, the earlier
/// detector's wins (an 18-digit run that is a valid ID is an ID, not a bank card).
public enum StandardDetectors {
    public static func all() -> [Detector] {
        valuesWithAShape() + [BiometricDetector(), NameDetector(), AddressDetector()]
    }

    /// The detectors of values with a shape of their own (IDs, bank cards, phone numbers, birth
    /// dates, e-mail addresses), without those that read Chinese text (names, addresses): what
    /// the benchmark compares with a regular expression's search (`leakscan-stages`).
    public static func valuesWithAShape() -> [Detector] {
        [
            ResidentID18Detector(),
            TruncatedResidentIDDetector(),
            ResidentID15Detector(),
            BankCardDetector(),
            MobileDetector(),
            MaskedResidentIDDetector(),
            MaskedMobileDetector(),
            LandlineDetector(),
            BirthDateDetector(),
            EmailDetector(),
        ]
    }
}
