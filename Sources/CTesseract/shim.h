// Tesseract's C API (Debian: libtesseract-dev; Vietnamese data: tesseract-ocr-vie); only
// DocGraphFormats/PageRecognition.swift imports it.
//
// The library is loaded when a page is first recognised (`--ocr`), not when docgraph starts:
// libtesseract and what it needs (leptonica, libarchive, libcurl and its TLS and Kerberos
// libraries: about 60 shared libraries) cost every command about 30 M instructions of the
// dynamic loader otherwise (README, "The index", Figures). The functions used are looked up by
// name, with the types the header gives them.
#include <tesseract/capi.h>
#include <dlfcn.h>
#include <stddef.h>

typedef struct {
    __typeof__(&TessBaseAPICreate) _Nonnull TessBaseAPICreate;
    __typeof__(&TessBaseAPIDelete) _Nonnull TessBaseAPIDelete;
    __typeof__(&TessBaseAPISetVariable) _Nonnull TessBaseAPISetVariable;
    __typeof__(&TessBaseAPIInit3) _Nonnull TessBaseAPIInit3;
    __typeof__(&TessBaseAPIEnd) _Nonnull TessBaseAPIEnd;
    __typeof__(&TessBaseAPISetImage) _Nonnull TessBaseAPISetImage;
    __typeof__(&TessBaseAPISetSourceResolution) _Nonnull TessBaseAPISetSourceResolution;
    __typeof__(&TessBaseAPIRecognize) _Nonnull TessBaseAPIRecognize;
    __typeof__(&TessBaseAPIGetIterator) _Nonnull TessBaseAPIGetIterator;
    __typeof__(&TessResultIteratorDelete) _Nonnull TessResultIteratorDelete;
    __typeof__(&TessResultIteratorGetPageIterator) _Nonnull TessResultIteratorGetPageIterator;
    __typeof__(&TessResultIteratorGetUTF8Text) _Nonnull TessResultIteratorGetUTF8Text;
    __typeof__(&TessDeleteText) _Nonnull TessDeleteText;
    __typeof__(&TessPageIteratorBoundingBox) _Nonnull TessPageIteratorBoundingBox;
    __typeof__(&TessPageIteratorNext) _Nonnull TessPageIteratorNext;
} DocGraphTesseract;

/// Loads libtesseract and returns its functions; NULL when the library or one of the functions
/// is missing. Called once (`PageRecognition.library`).
static inline const DocGraphTesseract *_Nullable docgraph_tesseract_load(void) {
    static DocGraphTesseract loaded;
    DocGraphTesseract *api = &loaded;
    static const char *const names[] = {"libtesseract.so.5", "libtesseract.so", "libtesseract.5.dylib", "libtesseract.dylib",
                                        "/opt/homebrew/lib/libtesseract.dylib", "/usr/local/lib/libtesseract.dylib"};
    void *library = NULL;
    for (size_t i = 0; i < sizeof names / sizeof names[0] && library == NULL; i++) library = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) return NULL;
    void *found[15];
    static const char *const symbols[15] = {
        "TessBaseAPICreate", "TessBaseAPIDelete", "TessBaseAPISetVariable", "TessBaseAPIInit3", "TessBaseAPIEnd",
        "TessBaseAPISetImage", "TessBaseAPISetSourceResolution", "TessBaseAPIRecognize", "TessBaseAPIGetIterator",
        "TessResultIteratorDelete", "TessResultIteratorGetPageIterator", "TessResultIteratorGetUTF8Text", "TessDeleteText",
        "TessPageIteratorBoundingBox", "TessPageIteratorNext"};
    for (size_t i = 0; i < 15; i++) {
        found[i] = dlsym(library, symbols[i]);
        if (found[i] == NULL) return NULL;
    }
    api->TessBaseAPICreate = (__typeof__(&TessBaseAPICreate))found[0];
    api->TessBaseAPIDelete = (__typeof__(&TessBaseAPIDelete))found[1];
    api->TessBaseAPISetVariable = (__typeof__(&TessBaseAPISetVariable))found[2];
    api->TessBaseAPIInit3 = (__typeof__(&TessBaseAPIInit3))found[3];
    api->TessBaseAPIEnd = (__typeof__(&TessBaseAPIEnd))found[4];
    api->TessBaseAPISetImage = (__typeof__(&TessBaseAPISetImage))found[5];
    api->TessBaseAPISetSourceResolution = (__typeof__(&TessBaseAPISetSourceResolution))found[6];
    api->TessBaseAPIRecognize = (__typeof__(&TessBaseAPIRecognize))found[7];
    api->TessBaseAPIGetIterator = (__typeof__(&TessBaseAPIGetIterator))found[8];
    api->TessResultIteratorDelete = (__typeof__(&TessResultIteratorDelete))found[9];
    api->TessResultIteratorGetPageIterator = (__typeof__(&TessResultIteratorGetPageIterator))found[10];
    api->TessResultIteratorGetUTF8Text = (__typeof__(&TessResultIteratorGetUTF8Text))found[11];
    api->TessDeleteText = (__typeof__(&TessDeleteText))found[12];
    api->TessPageIteratorBoundingBox = (__typeof__(&TessPageIteratorBoundingBox))found[13];
    api->TessPageIteratorNext = (__typeof__(&TessPageIteratorNext))found[14];
    return api;
}
