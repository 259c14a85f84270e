import java.io.File;

import org.gephi.graph.api.Column;
import org.gephi.graph.api.DirectedGraph;
import org.gephi.graph.api.Edge;
import org.gephi.graph.api.Element;
import org.gephi.graph.api.GraphController;
import org.gephi.graph.api.GraphModel;
import org.gephi.graph.api.Node;
import org.gephi.graph.api.Table;
import org.gephi.io.importer.api.Container;
import org.gephi.io.importer.api.EdgeMergeStrategy;
import org.gephi.io.importer.api.ImportController;
import org.gephi.io.processor.plugin.DefaultProcessor;
import org.gephi.project.api.ProjectController;
import org.gephi.project.api.Workspace;
import org.openide.util.Lookup;

/**
 * Reads a GraphML or GEXF file with Gephi's importer (default settings; "--keep-parallel" after the file answers the
 * import report's merge question with "don't merge") and prints what Gephi understood, one tab-separated line each:
 * "counts nodes edges", "node id label type", "edge source target relationship roles" (empty for a missing value).
 */
public final class ReadGraph {
    private ReadGraph() {
    }

    private static String value(Element element, Table table, String title) {
        for (Column column : table) {
            if (column.getTitle().equals(title) || column.getId().equals(title)) {
                Object value = element.getAttribute(column);
                return value == null ? "" : value.toString();
            }
        }
        return "";
    }

    public static void main(String[] args) throws Exception {
        ProjectController projects = Lookup.getDefault().lookup(ProjectController.class);
        projects.newProject();
        Workspace workspace = projects.getCurrentWorkspace();
        ImportController importer = Lookup.getDefault().lookup(ImportController.class);
        Container container = importer.importFile(new File(args[0]));
        if (container == null) {
            throw new IllegalStateException("Gephi could not import " + args[0]);
        }
        if (args.length > 1 && args[1].equals("--keep-parallel")) {
            // what an analyst chooses in Gephi's import report ("don't merge"): GraphML has no edge kind to keep two
            // relationships between one pair apart, so by default Gephi merges them (GEXF's edge kind keeps them)
            container.getLoader().setAllowParallelEdge(true);
            container.getLoader().setEdgesMergeStrategy(EdgeMergeStrategy.NO_MERGE);
        }
        importer.process(container, new DefaultProcessor(), workspace);
        GraphModel model = Lookup.getDefault().lookup(GraphController.class).getGraphModel(workspace);
        DirectedGraph graph = model.getDirectedGraph();
        System.out.println("counts\t" + graph.getNodeCount() + "\t" + graph.getEdgeCount());
        for (Node node : graph.getNodes()) {
            System.out.println("node\t" + node.getId() + "\t" + node.getLabel() + "\t" + value(node, model.getNodeTable(), "type"));
        }
        for (Edge edge : graph.getEdges()) {
            System.out.println("edge\t" + edge.getSource().getId() + "\t" + edge.getTarget().getId() + "\t"
                    + value(edge, model.getEdgeTable(), "relationship") + "\t" + value(edge, model.getEdgeTable(), "roles"));
        }
    }
}
