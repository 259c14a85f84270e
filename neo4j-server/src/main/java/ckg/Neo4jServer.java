package ckg;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Starts Neo4j with its Bolt connector on a free loopback port, authentication on, data under the folder given as
 * the first argument (removed when it stops), and the password from the NEO4J_PASSWORD environment variable. Prints
 * one line "READY bolt://127.0.0.1:PORT" when Bolt accepts connections, then serves until its standard input closes
 * or it gets SIGTERM (so a parent that dies, however it dies, takes the server and its data with it).
 */
public final class Neo4jServer {
    private Neo4jServer() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1 || System.getenv("NEO4J_PASSWORD") == null) {
            System.err.println("usage: NEO4J_PASSWORD=... java ckg.Neo4jServer DATA_FOLDER");
            System.exit(2);
        }
        int port = freePort();
        DatabaseManagementService service = new DatabaseManagementServiceBuilder(Path.of(args[0]))
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(256))
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.shutdown();
            removeTree(Path.of(args[0]));
        }));
        service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                Map.of("password", System.getenv("NEO4J_PASSWORD")));
        System.out.println("READY bolt://127.0.0.1:" + port);
        System.out.flush();
        InputStream in = System.in;
        while (in.read() != -1) {
            // Serve until the parent closes our standard input.
        }
        System.exit(0);
    }

    /** The data folder goes with the server, however it was stopped. */
    private static void removeTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException exc) {
            System.err.println("could not remove " + root + ": " + exc);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
