// pdftext_page_annotations over poppler-glib: poppler-cpp gives neither annotations nor form
// fields. The document is opened a second time, through poppler-glib, on first use, from the
// same file or bytes. GLib's calls throw nothing; poppler underneath may (std::bad_alloc on a
// hostile file): caught as in PDFText.cpp.
#include "PDFTextDocument.h"

#include <poppler-page.h>
#include <poppler.h>

#include <fcntl.h>

#include <algorithm>
#include <string>

static void discard_message(const gchar *, GLogLevelFlags, const gchar *, gpointer) {}

/// The document opened through poppler-glib; NULL when it does not open.
static PopplerDocument *annotated(PDFTextDocument *document) {
    // poppler-glib's warnings about damaged files (`Unsupported Annot Type`) would go to stderr,
    // in the middle of a report, as poppler's own would (pdftext_silence_messages): set once.
    static const guint silenced = g_log_set_handler("Poppler", G_LOG_LEVEL_MASK, discard_message, nullptr);
    (void)silenced;
    if (document->annotated || document->annotatedFailed) return document->annotated.get();
    PopplerDocument *opened = nullptr;
    if (document->path.empty()) {
        // The bytes are the handle's, and outlive this document (see PDFTextDocument).
        GBytes *bytes = g_bytes_new_static(document->bytes.get(), static_cast<gsize>(document->length));
        opened = poppler_document_new_from_bytes(bytes, nullptr, nullptr);
        g_bytes_unref(bytes);
    } else {
        // A descriptor, not a URI: any path opens as it is (relative, or not UTF-8). The
        // document owns it from here on, whether it opens or not.
        int fd = open(document->path.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd >= 0) opened = poppler_document_new_from_fd(fd, nullptr, nullptr);
    }
    document->annotatedFailed = !opened;
    document->annotated = {opened, g_object_unref};
    return opened;
}

/// The degrees page `index` is turned by clockwise when shown (its /Rotate).
static int rotation(const PDFTextDocument *document, int index) {
    std::unique_ptr<poppler::page> page(document->document->create_page(index));
    switch (page ? page->orientation() : poppler::page::portrait) {
    case poppler::page::landscape: return 90;
    case poppler::page::upside_down: return 180;
    case poppler::page::seascape: return 270;
    default: return 0;
    }
}

/// A box on the page as words' boxes are given: in points, y down from the top of the page as
/// it is shown.
struct Box {
    double x0, y0, x1, y1;
};

/// `area`, in PDF space (y up from the crop box's corner, the page `width` by `height` before
/// it is turned), on the page turned by `rotation` degrees clockwise.
static Box shown(const PopplerRectangle &area, int rotation, double width, double height) {
    double u0 = std::min(area.x1, area.x2), u1 = std::max(area.x1, area.x2);
    double v0 = std::min(area.y1, area.y2), v1 = std::max(area.y1, area.y2);
    switch (rotation) {
    case 90: return {v0, u0, v1, u1};
    case 180: return {width - u1, v0, width - u0, v1};
    case 270: return {height - v1, width - u1, height - v0, width - u0};
    default: return {u0, height - v1, u1, height - v0};
    }
}

/// A string GLib made, as a std::string (empty for NULL); GLib's is freed.
static std::string taken(gchar *text) {
    std::string copy = text ? text : "";
    g_free(text);
    return copy;
}

/// A choice field's value: what is typed in an editable combo box, else the items chosen.
static std::string chosen(PopplerFormField *field) {
    if (poppler_form_field_choice_is_editable(field)) {
        std::string typed = taken(poppler_form_field_choice_get_text(field));
        if (!typed.empty()) return typed;
    }
    std::string items;
    for (int k = 0; k < poppler_form_field_choice_get_n_items(field); k++) {
        if (!poppler_form_field_choice_is_item_selected(field, k)) continue;
        if (!items.empty()) items += '\t';
        items += taken(poppler_form_field_choice_get_item(field, k));
    }
    return items;
}

extern "C" int pdftext_page_annotations(PDFTextDocument *document, int index, void *context,
                                        void (*take)(void *context, const PDFTextAnnotation *annotation)) {
    try {
        PopplerDocument *opened = annotated(document);
        if (!opened) return -1;
        std::unique_ptr<PopplerPage, void (*)(void *)> page(poppler_document_get_page(opened, index), g_object_unref);
        if (!page) return -1;
        PopplerRectangle crop;
        poppler_page_get_crop_box(page.get(), &crop);
        const int turned = rotation(document, index);
        int count = 0;
        auto hand = [&](PDFTextAnnotationKind kind, const std::string &name, const std::string &tooltip,
                        const std::string &text, const PopplerRectangle &area) {
            Box box = shown(area, turned, crop.x2 - crop.x1, crop.y2 - crop.y1);
            PDFTextAnnotation found = {kind, name.data(), name.size(), tooltip.data(), tooltip.size(), text.data(), text.size(),
                                       box.x0, box.y0, box.x1, box.y1};
            take(context, &found);
            count++;
        };
        GList *annotations = poppler_page_get_annot_mapping(page.get());
        for (GList *l = annotations; l; l = l->next) {
            PopplerAnnot *annotation = static_cast<PopplerAnnotMapping *>(l->data)->annot;
            PopplerAnnotType type = poppler_annot_get_annot_type(annotation);
            if (type == POPPLER_ANNOT_WIDGET) continue;   // a form field's: below, with its name
            std::string contents = taken(poppler_annot_get_contents(annotation));
            if (contents.empty()) continue;
            // Its rectangle as the fields' areas are given (the mapping's area is turned already).
            PopplerRectangle area;
            poppler_annot_get_rectangle(annotation, &area);
            hand(type == POPPLER_ANNOT_FREE_TEXT ? PDFTextBox : PDFTextComment, "", "", contents, area);
        }
        poppler_page_free_annot_mapping(annotations);
        // poppler-glib lists the fields last first.
        GList *fields = g_list_reverse(poppler_page_get_form_field_mapping(page.get()));
        for (GList *l = fields; l; l = l->next) {
            auto *mapping = static_cast<PopplerFormFieldMapping *>(l->data);
            std::string value;
            switch (poppler_form_field_get_field_type(mapping->field)) {
            case POPPLER_FORM_FIELD_TEXT: value = taken(poppler_form_field_text_get_text(mapping->field)); break;
            case POPPLER_FORM_FIELD_CHOICE: value = chosen(mapping->field); break;
            default: break;   // buttons are on or off; signatures are no text
            }
            if (value.empty()) continue;
            hand(PDFTextField, taken(poppler_form_field_get_name(mapping->field)),
                 taken(poppler_form_field_get_alternate_ui_name(mapping->field)), value, mapping->area);
        }
        poppler_page_free_form_field_mapping(fields);
        return count;
    } catch (...) {
        return -1;
    }
}
