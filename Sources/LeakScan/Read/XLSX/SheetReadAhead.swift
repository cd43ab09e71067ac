import Foundation

/// Reads a workbook's next sheet on another thread, with an engine of its own, into a buffer
/// that the reader hands to the real sink when the sheet's turn comes: two sheets on two cores,
/// findings still in sheet order. A sheet with more findings than the buffer holds is read
/// again in its turn (`BufferedFindings.overflowed`), so memory stays bounded.
final class SheetReadAhead: @unchecked Sendable {
    private let finished = DispatchSemaphore(value: 0)
    private var buffered: BufferedFindings
    private var usedStrings: SharedStringUse?
    private var error: Error?
    private var waited = false

    init(reader: XLSXReader, sheet: XLSXReader.SheetPart, strings: SharedStrings, engine: DetectionEngine,
         wantsDetails: Bool, bufferLimit: Int) {
        buffered = BufferedFindings(wantsDetails: wantsDetails, limit: bufferLimit)
        let engine = engine.sibling()
        let thread = Thread { [self] in
            do {
                try withUnsafeMutablePointer(to: &buffered) { sink in
                    self.usedStrings = try reader.scanCells(of: sheet, strings: strings, engine: engine, sink: sink)
                }
            } catch {
                self.error = error
            }
            finished.signal()
        }
        thread.stackSize = 1 << 20
        thread.start()
    }

    /// Blocks until the sheet is read: what it found, the shared strings it used (nil when it
    /// stopped early), and the error that stopped it, if any.
    func wait() -> (BufferedFindings, SharedStringUse?, Error?) {
        if !waited {
            finished.wait()
            waited = true
        }
        return (buffered, usedStrings, error)
    }

    /// Waits for the thread when the reader stops early (an error in the sheet before), so no
    /// thread outlives the scan of its file.
    func join() { _ = wait() }
}
