print("docgraph")
