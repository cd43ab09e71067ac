// poppler's GLib interface gives what poppler-cpp does not: a page's annotations and form
// fields. Swift reaches it through the C interface of the PDFText target; this module only
// carries pkg-config's flags and the link line to PDFText.
#include <poppler-features.h>
