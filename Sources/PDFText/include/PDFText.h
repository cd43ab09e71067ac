#ifndef PDFTEXT_H
#define PDFTEXT_H
// A C interface to the text of a PDF document, over poppler-cpp (Swift cannot call C++ here), and
// poppler-glib for what poppler-cpp does not give (annotations, form fields).
// Every function catches what poppler throws: nothing crosses into Swift but a status or NULL.
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct PDFTextDocument PDFTextDocument;

typedef enum {
    PDFTextOpened = 0,
    /// Not a PDF poppler can read (damaged beyond repair, or not a PDF at all).
    PDFTextUnreadable = 1,
    /// Encrypted with a password needed to open it.
    PDFTextLocked = 2,
} PDFTextStatus;

/// Opens the PDF at `path`; poppler reads it on demand, so memory does not grow with the file.
PDFTextDocument *_Nullable pdftext_open_file(const char *_Nonnull path, PDFTextStatus *_Nonnull status);
/// Opens a PDF held in memory: `data`, from malloc, is the document's from then on (freed with
/// it, or at once when it does not open).
PDFTextDocument *_Nullable pdftext_open_data(char *_Nonnull data, int length, PDFTextStatus *_Nonnull status);
void pdftext_close(PDFTextDocument *_Nullable document);

int pdftext_page_count(const PDFTextDocument *_Nonnull document);

/// One word of a page, as poppler's text layout finds it: UTF-8 text and its box in points,
/// (x0, y0) the top left corner.
typedef struct {
    const char *_Nonnull text;
    size_t length;
    double x0, y0, x1, y1;
    /// poppler saw a space after the word on its line (a gap inside the same block of text).
    int space_after;
} PDFTextWord;

/// Calls `word` for each word of page `index`, in poppler's reading order. Returns the number of
/// words, or -1 when the page cannot be read.
int pdftext_page_words(const PDFTextDocument *_Nonnull document, int index, void *_Nullable context,
                       void (*_Nonnull word)(void *_Nullable context, const PDFTextWord *_Nonnull word));

/// Whether page `index` shows anything: rendered at 12 dpi in grey, more than 0.5% of it is
/// inked. For pages without text, to tell a scan (an image) from a blank page. 1 inked, 0 blank,
/// -1 when the page cannot be rendered.
int pdftext_page_is_inked(const PDFTextDocument *_Nonnull document, int index);

/// What an annotation of a page is.
typedef enum {
    /// A comment (a sticky note's, a highlight's …): its text shows in a pop-up window, not on the page.
    PDFTextComment = 0,
    /// A text box (FreeText): its text is drawn on the page, in its box.
    PDFTextBox = 1,
    /// A filled form field: its value is drawn on the page, in its box.
    PDFTextField = 2,
} PDFTextAnnotationKind;

/// An annotation of a page with text, as poppler-glib reads it: UTF-8 text, and its box in
/// points as a word's, (x0, y0) the top left corner.
typedef struct {
    PDFTextAnnotationKind kind;
    /// A form field's fully qualified name (`xm`, `form.xm`) and its tooltip (its alternate
    /// name, `学生姓名`); empty when it has none, and for other annotations.
    const char *_Nonnull name;
    size_t name_length;
    const char *_Nonnull tooltip;
    size_t tooltip_length;
    /// An annotation's contents, a text field's value, a choice field's chosen items (a tab apart).
    const char *_Nonnull text;
    size_t length;
    double x0, y0, x1, y1;
} PDFTextAnnotation;

/// Calls `take` for each annotation of page `index` with text, in the page's order, form
/// fields after the others (a field's widget is not an annotation here, and neither is a
/// pop-up window, whose text is its annotation's). Returns how many, or -1 when the page's
/// annotations cannot be read.
int pdftext_page_annotations(PDFTextDocument *_Nonnull document, int index, void *_Nullable context,
                             void (*_Nonnull take)(void *_Nullable context, const PDFTextAnnotation *_Nonnull annotation));

/// Files attached to the document (embedded files): how many.
int pdftext_attachment_count(const PDFTextDocument *_Nonnull document);

/// Attachment `index`: hands `take` its file name as stored (PDFDocEncoding, or UTF-16BE after a
/// byte order mark) and, when it holds at most `limit` bytes, its bytes (NULL otherwise), both
/// valid during the call. Returns 0, 1 when it is larger than `limit`, -1 when it cannot be read
/// (`take` not called).
int pdftext_attachment(const PDFTextDocument *_Nonnull document, int index, size_t limit, void *_Nullable context,
                       void (*_Nonnull take)(void *_Nullable context, const char *_Nonnull name, size_t nameLength,
                                             const char *_Nullable bytes, size_t length));

/// The document information entry `key` (Title, Author, Subject, Keywords …) as UTF-8,
/// malloc'd (the caller frees it); NULL when absent or empty.
char *_Nullable pdftext_info(const PDFTextDocument *_Nonnull document, const char *_Nonnull key, size_t *_Nonnull length);

/// Sends poppler's messages about damaged files nowhere instead of stderr: the scan reports
/// per file what it could not read.
void pdftext_silence_messages(void);

/// The version of poppler linked in ("22.12.0").
const char *_Nonnull pdftext_poppler_version(void);

#ifdef __cplusplus
}
#endif
#endif
