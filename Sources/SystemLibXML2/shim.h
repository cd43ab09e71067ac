#include <libxml/xmlversion.h>
/* Debian's libxml2 is built with ICU, and its encoding.h then includes ICU's headers, whose
   UErrorCode clashes with the copy inside Foundation's _FoundationICU module in a clean build.
   leakscan never touches libxml2's ICU converters, so leave ICU out of the module. */
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/SAX2.h>
#include <libxml/HTMLparser.h>
