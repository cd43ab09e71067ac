/// Where detectors put what they find in the current piece; the engine owns one and empties it
/// after each candidate.
public typealias MatchList = ReusedStorage<Match>
