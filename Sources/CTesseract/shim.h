// Tesseract's C API (Debian: libtesseract-dev; Vietnamese data: tesseract-ocr-vie); only
// DocGraphFormats/PageRecognition.swift imports it.
#include <tesseract/capi.h>
