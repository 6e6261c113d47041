// poppler's GLib binding (Debian: libpoppler-glib-dev) and the cairo calls that draw its pages;
// only DocGraphFormats/PopplerText.swift imports it.
//
// The library is loaded when the first PDF is read, not when docgraph starts: libpoppler-glib
// and what it needs (poppler, cairo, GLib, GObject, fonts and images: about 50 shared libraries)
// cost every command about 18 M instructions of the dynamic loader otherwise (README, "The
// index", Figures), `show --index` as much as `extract` of a folder of PDFs. The functions used
// are looked up by name. poppler's headers need GLib's and cairo's include folders, which only
// pkg-config gives (and a `pkgConfig` target would link the libraries again), so the few types
// and functions used are declared here as poppler-glib 0.x–24.x and cairo 1.x declare them:
// handles are opaque, GLib's integer types are C's (gboolean and gint are int, guint unsigned,
// gsize size_t, GQuark uint32_t), enums are int.
#include <dlfcn.h>
#include <stddef.h>
#include <stdint.h>

typedef struct _GBytes DocGraphGBytes;
typedef struct _PopplerDocument DocGraphPopplerDocument;
typedef struct _PopplerPage DocGraphPopplerPage;
typedef struct _cairo DocGraphCairo;
typedef struct _cairo_surface DocGraphCairoSurface;

/// GLib's `GError`.
typedef struct {
    uint32_t domain;
    int code;
    char *_Nullable message;
} DocGraphGError;

/// poppler's `PopplerRectangle`: a character's box in points.
typedef struct {
    double x1, y1, x2, y2;
} DocGraphPopplerRectangle;

/// `POPPLER_ERROR_ENCRYPTED` of `PopplerError`.
static const int DocGraphPopplerErrorEncrypted = 1;
/// `CAIRO_FORMAT_RGB24` of `cairo_format_t`: 32 bits a pixel, the top 8 unused.
static const int DocGraphCairoFormatRGB24 = 1;
/// `CAIRO_STATUS_SUCCESS` of `cairo_status_t`.
static const int DocGraphCairoStatusSuccess = 0;

typedef struct {
    DocGraphGBytes *_Nullable (*_Nonnull g_bytes_new)(const void *_Nullable data, size_t size);
    void (*_Nonnull g_bytes_unref)(DocGraphGBytes *_Nonnull bytes);
    void (*_Nonnull g_error_free)(DocGraphGError *_Nonnull error);
    void (*_Nonnull g_free)(void *_Nullable memory);
    void (*_Nonnull g_object_unref)(void *_Nonnull object);
    DocGraphPopplerDocument *_Nullable (*_Nonnull poppler_document_new_from_bytes)(
        DocGraphGBytes *_Nonnull bytes, const char *_Nullable password, DocGraphGError *_Nullable *_Nullable error);
    uint32_t (*_Nonnull poppler_error_quark)(void);
    int (*_Nonnull poppler_document_get_n_pages)(DocGraphPopplerDocument *_Nonnull document);
    DocGraphPopplerPage *_Nullable (*_Nonnull poppler_document_get_page)(DocGraphPopplerDocument *_Nonnull document, int index);
    char *_Nullable (*_Nonnull poppler_page_get_text)(DocGraphPopplerPage *_Nonnull page);
    int (*_Nonnull poppler_page_get_text_layout)(DocGraphPopplerPage *_Nonnull page,
                                                 DocGraphPopplerRectangle *_Nullable *_Nullable rectangles,
                                                 unsigned int *_Nullable count);
    void (*_Nonnull poppler_page_get_size)(DocGraphPopplerPage *_Nonnull page, double *_Nullable width, double *_Nullable height);
    void (*_Nonnull poppler_page_render)(DocGraphPopplerPage *_Nonnull page, DocGraphCairo *_Nonnull cairo);
    void (*_Nonnull poppler_page_render_for_printing)(DocGraphPopplerPage *_Nonnull page, DocGraphCairo *_Nonnull cairo);
    DocGraphCairoSurface *_Nullable (*_Nonnull cairo_image_surface_create)(int format, int width, int height);
    void (*_Nonnull cairo_surface_destroy)(DocGraphCairoSurface *_Nonnull surface);
    DocGraphCairo *_Nullable (*_Nonnull cairo_create)(DocGraphCairoSurface *_Nonnull target);
    void (*_Nonnull cairo_destroy)(DocGraphCairo *_Nonnull cr);
    void (*_Nonnull cairo_set_source_rgb)(DocGraphCairo *_Nonnull cr, double red, double green, double blue);
    void (*_Nonnull cairo_paint)(DocGraphCairo *_Nonnull cr);
    void (*_Nonnull cairo_scale)(DocGraphCairo *_Nonnull cr, double sx, double sy);
    void (*_Nonnull cairo_surface_flush)(DocGraphCairoSurface *_Nonnull surface);
    int (*_Nonnull cairo_surface_status)(DocGraphCairoSurface *_Nonnull surface);
    unsigned char *_Nullable (*_Nonnull cairo_image_surface_get_data)(DocGraphCairoSurface *_Nonnull surface);
    int (*_Nonnull cairo_image_surface_get_stride)(DocGraphCairoSurface *_Nonnull surface);
} DocGraphPoppler;

#define DOCGRAPH_POPPLER_FUNCTIONS 25

/// Loads libpoppler-glib (cairo, GLib and GObject come with it, and are searched through its
/// handle) and returns its functions; NULL when the library or one of the functions is missing.
/// Called once (`PopplerText.library`).
static inline const DocGraphPoppler *_Nullable docgraph_poppler_load(void) {
    static DocGraphPoppler loaded;
    static const char *const names[] = {"libpoppler-glib.so.8", "libpoppler-glib.so", "libpoppler-glib.8.dylib", "libpoppler-glib.dylib",
                                        "/opt/homebrew/lib/libpoppler-glib.dylib", "/usr/local/lib/libpoppler-glib.dylib"};
    void *library = NULL;
    for (size_t i = 0; i < sizeof names / sizeof names[0] && library == NULL; i++) library = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) return NULL;
    // In the order of the fields above.
    static const char *const symbols[DOCGRAPH_POPPLER_FUNCTIONS] = {
        "g_bytes_new", "g_bytes_unref", "g_error_free", "g_free", "g_object_unref",
        "poppler_document_new_from_bytes", "poppler_error_quark", "poppler_document_get_n_pages", "poppler_document_get_page",
        "poppler_page_get_text", "poppler_page_get_text_layout", "poppler_page_get_size", "poppler_page_render",
        "poppler_page_render_for_printing",
        "cairo_image_surface_create", "cairo_surface_destroy", "cairo_create", "cairo_destroy", "cairo_set_source_rgb",
        "cairo_paint", "cairo_scale", "cairo_surface_flush", "cairo_surface_status", "cairo_image_surface_get_data",
        "cairo_image_surface_get_stride"};
    _Static_assert(sizeof(DocGraphPoppler) == DOCGRAPH_POPPLER_FUNCTIONS * sizeof(void *), "one name for each function");
    void *found[DOCGRAPH_POPPLER_FUNCTIONS];
    for (size_t i = 0; i < DOCGRAPH_POPPLER_FUNCTIONS; i++) {
        found[i] = dlsym(library, symbols[i]);
        if (found[i] == NULL) return NULL;
    }
    // Function pointers all have the size and representation of `void *` on the platforms
    // docgraph builds for (POSIX requires it of dlsym's results).
    __builtin_memcpy(&loaded, found, sizeof loaded);
    return &loaded;
}
