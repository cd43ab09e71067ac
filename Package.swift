// swift-tools-version:5.9
import PackageDescription

let package = Package(
    name: "leakscan",
    products: [
        .library(name: "LeakScan", targets: ["LeakScan"]),
        .executable(name: "leakscan", targets: ["leakscan"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // System libraries. Named System* because a dependency already owns a target called CZLib.
        .systemLibrary(
            name: "SystemZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .systemLibrary(
            name: "SystemLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // poppler's C++ interface to PDF documents; poppler-data holds the CMaps of Chinese
        // fonts that a PDF names without embedding them.
        .systemLibrary(
            name: "SystemPoppler",
            pkgConfig: "poppler-cpp",
            providers: [.apt(["libpoppler-cpp-dev", "poppler-data"])]
        ),
        // poppler's GLib interface: what poppler-cpp does not give, a page's annotations and
        // form fields, from the same libpoppler.
        .systemLibrary(
            name: "SystemPopplerGlib",
            pkgConfig: "poppler-glib",
            providers: [.apt(["libpoppler-glib-dev"])]
        ),
        // libarchive: the archives leakscan does not parse itself (tar, 7z, rar) and single
        // compressed files (a .sql.gz backup); zip stays leakscan's own (workbooks are zips).
        .systemLibrary(
            name: "SystemLibArchive",
            pkgConfig: "libarchive",
            providers: [.apt(["libarchive-dev"])]
        ),
        // SQLite: the state of an incremental scan (`scan --state`), what each file held when
        // it was last read.
        .systemLibrary(
            name: "SystemSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        // A C interface over poppler for Swift: the words of a page, with their boxes, and its
        // annotations and form fields.
        .target(name: "PDFText", dependencies: ["SystemPoppler", "SystemPopplerGlib"]),
        // glibc ships iconv inside libc: a module map, no link line.
        .systemLibrary(name: "SystemIconv"),
        // The one hot loop in C: bytes to class bit masks with SSE2/AVX2 compares.
        .target(name: "ByteClassifier"),
        .target(
            name: "LeakScan",
            dependencies: ["SystemZlib", "SystemLibXML2", "SystemIconv", "SystemLibArchive", "SystemSQLite", "ByteClassifier",
                           "PDFText"],
            swiftSettings: [.unsafeFlags(["-Ounchecked"], .when(configuration: .release))]
        ),
        .executableTarget(
            name: "leakscan",
            dependencies: [
                "LeakScan",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Where a scan's time goes, for scripts/benchmark.sh.
        .executableTarget(name: "leakscan-stages", dependencies: ["LeakScan"]),
        .testTarget(name: "LeakScanTests", dependencies: ["LeakScan"]),
        .testTarget(name: "EndToEndTests", dependencies: ["leakscan"]),
    ]
)
