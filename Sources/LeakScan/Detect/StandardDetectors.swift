/// The detectors leakscan runs, in priority order: where two matches overlap, the earlier
/// detector's wins (an 18-digit run that is a valid ID is an ID, not a bank card).
public enum StandardDetectors {
    public static func all() -> [Detector] {
        [
            ResidentID18Detector(),
            TruncatedResidentIDDetector(),
            ResidentID15Detector(),
            BankCardDetector(),
            MobileDetector(),
            LandlineDetector(),
            BirthDateDetector(),
            EmailDetector(),
            NameDetector(),
            AddressDetector(),
        ]
    }
}
