// poppler-cpp's API is C++: Swift reaches it through the C interface of the PDFText target.
// This module only carries pkg-config's flags and the link line to PDFText.
#include <poppler-version.h>
