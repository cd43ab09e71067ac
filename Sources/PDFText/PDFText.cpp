// The C interface of PDFText.h over poppler-cpp (a page's annotations and form fields are
// PDFAnnotations.cpp's). poppler may throw (std::bad_alloc on a hostile file): every entry point
// catches, so that an exception never unwinds into Swift.
#include "PDFTextDocument.h"

#include <poppler-embedded-file.h>
#include <poppler-global.h>
#include <poppler-page.h>
#include <poppler-page-renderer.h>
#include <poppler-version.h>

#include <cstring>

static PDFTextDocument *finish_open(std::unique_ptr<PDFTextDocument> opened, PDFTextStatus *status) {
    if (!opened->document) {
        *status = PDFTextUnreadable;
        return nullptr;
    }
    // A document that needs a user password opens locked: its pages cannot be read.
    if (opened->document->is_locked()) {
        *status = PDFTextLocked;
        return nullptr;
    }
    *status = PDFTextOpened;
    return opened.release();
}

extern "C" PDFTextDocument *pdftext_open_file(const char *path, PDFTextStatus *status) {
    *status = PDFTextUnreadable;
    try {
        auto opened = std::make_unique<PDFTextDocument>();
        opened->path = path;
        opened->document.reset(poppler::document::load_from_file(path));
        return finish_open(std::move(opened), status);
    } catch (...) {
        return nullptr;
    }
}

extern "C" PDFTextDocument *pdftext_open_data(char *data, int length, PDFTextStatus *status) {
    *status = PDFTextUnreadable;
    std::unique_ptr<char, decltype(&std::free)> owned(data, &std::free);
    try {
        auto opened = std::make_unique<PDFTextDocument>();
        opened->bytes = std::move(owned);
        opened->length = length;
        opened->document.reset(poppler::document::load_from_raw_data(opened->bytes.get(), length));
        return finish_open(std::move(opened), status);
    } catch (...) {
        return nullptr;
    }
}

extern "C" void pdftext_close(PDFTextDocument *document) { delete document; }

extern "C" int pdftext_page_count(const PDFTextDocument *document) {
    try {
        return document->document->pages();
    } catch (...) {
        return 0;
    }
}

extern "C" int pdftext_page_words(const PDFTextDocument *document, int index, void *context,
                                  void (*word)(void *context, const PDFTextWord *word)) {
    try {
        std::unique_ptr<poppler::page> page(document->document->create_page(index));
        if (!page) return -1;
        auto boxes = page->text_list();
        for (auto &box : boxes) {
            auto utf8 = box.text().to_utf8();
            auto rect = box.bbox();
            PDFTextWord found = {utf8.data(), utf8.size(), rect.left(), rect.top(), rect.right(), rect.bottom(),
                                 box.has_space_after() ? 1 : 0};
            word(context, &found);
        }
        return static_cast<int>(boxes.size());
    } catch (...) {
        return -1;
    }
}

extern "C" int pdftext_page_is_inked(const PDFTextDocument *document, int index) {
    try {
        std::unique_ptr<poppler::page> page(document->document->create_page(index));
        if (!page || !poppler::page_renderer::can_render()) return -1;
        poppler::page_renderer renderer;
        renderer.set_image_format(poppler::image::format_gray8);
        poppler::image image = renderer.render_page(page.get(), 12.0, 12.0);
        if (!image.is_valid() || image.width() <= 0 || image.height() <= 0) return -1;
        const unsigned char *data = reinterpret_cast<const unsigned char *>(image.const_data());
        long inked = 0;
        for (int y = 0; y < image.height(); y++) {
            const unsigned char *row = data + static_cast<long>(y) * image.bytes_per_row();
            for (int x = 0; x < image.width(); x++) inked += row[x] < 0xC0;
        }
        return inked * 200 > static_cast<long>(image.width()) * image.height() ? 1 : 0;
    } catch (...) {
        return -1;
    }
}

extern "C" int pdftext_attachment_count(const PDFTextDocument *document) {
    try {
        return document->document->has_embedded_files() ? static_cast<int>(document->document->embedded_files().size()) : 0;
    } catch (...) {
        return 0;
    }
}

extern "C" int pdftext_attachment(const PDFTextDocument *document, int index, size_t limit, void *context,
                                  void (*take)(void *context, const char *name, size_t nameLength,
                                               const char *bytes, size_t length)) {
    try {
        auto files = document->document->embedded_files();  // owned by the document
        if (index < 0 || static_cast<size_t>(index) >= files.size() || !files[index]->is_valid()) return -1;
        poppler::embedded_file *file = files[index];
        std::string name = file->name();
        if (file->size() > 0 && static_cast<size_t>(file->size()) > limit) {
            take(context, name.data(), name.size(), nullptr, 0);
            return 1;
        }
        poppler::byte_array data = file->data();
        if (data.size() > limit) {
            take(context, name.data(), name.size(), nullptr, 0);
            return 1;
        }
        take(context, name.data(), name.size(), data.data(), data.size());
        return 0;
    } catch (...) {
        return -1;
    }
}

extern "C" char *pdftext_info(const PDFTextDocument *document, const char *key, size_t *length) {
    try {
        auto utf8 = document->document->info_key(key).to_utf8();
        if (utf8.empty()) return nullptr;
        char *copy = static_cast<char *>(std::malloc(utf8.size()));
        if (copy) std::memcpy(copy, utf8.data(), utf8.size());
        *length = copy ? utf8.size() : 0;
        return copy;
    } catch (...) {
        return nullptr;
    }
}

static void discard_message(const std::string &, void *) {}

extern "C" void pdftext_silence_messages(void) { poppler::set_debug_error_function(discard_message, nullptr); }

extern "C" const char *pdftext_poppler_version(void) {
    static const std::string version = poppler::version_string();
    return version.c_str();
}
