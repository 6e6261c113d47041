// poppler's GLib binding (Debian: libpoppler-glib-dev); only DocGraphFormats/PopplerText.swift imports it.
#include <poppler.h>
