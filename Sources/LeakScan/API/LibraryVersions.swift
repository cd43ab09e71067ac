import PDFText
import SystemLibXML2
import SystemZlib

/// Versions of the system libraries leakscan is linked with, for `leakscan --version`.
public enum LibraryVersions {
    public static let leakscan = "0.1.0"

    public static var description: String {
        let zlib = String(cString: zlibVersion())
        let libxml2 = String(cString: __xmlParserVersion().pointee!)
        let poppler = String(cString: pdftext_poppler_version())
        return "leakscan \(leakscan) (zlib \(zlib), libxml2 \(libxml2), poppler \(poppler))"
    }
}
