"""Export a view of the graph for briefers and for other tools: one module per format over exports.base."""
