#ifndef DOCGRAPH_CGRAPHVIZ_SHIM_H
#define DOCGRAPH_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#include <graphviz/graphviz_version.h>
#endif
