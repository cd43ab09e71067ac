// The document behind a PDFTextDocument handle, shared by the C interface's files (not public).
#ifndef PDFTEXT_DOCUMENT_H
#define PDFTEXT_DOCUMENT_H
#include "PDFText.h"

#include <poppler-document.h>

#include <cstdlib>
#include <memory>
#include <string>

typedef struct _PopplerDocument PopplerDocument;

struct PDFTextDocument {
    // load_from_raw_data keeps a pointer to the bytes: they live as long as the document, and
    // are freed after it (members are destroyed in reverse order).
    std::unique_ptr<char, decltype(&std::free)> bytes{nullptr, &std::free};
    int length = 0;
    /// The file the document was opened from; empty for one held in memory (`bytes`).
    std::string path;
    std::unique_ptr<poppler::document> document;
    /// The same document opened through poppler-glib, for its annotations and form fields
    /// (PDFAnnotations.cpp), on first use; `annotatedFailed` once it would not open.
    std::unique_ptr<PopplerDocument, void (*)(void *)> annotated{nullptr, nullptr};
    bool annotatedFailed = false;
};

#endif
