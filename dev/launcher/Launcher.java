import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Starts an embedded Neo4j Community DBMS with the Bolt connector on loopback.
 *
 * <p>Arguments: {@code <homeDir> <boltPort> <pidFile> [pageCacheMb]}. Auth is off: the server
 * only ever listens on 127.0.0.1. A JVM shutdown hook closes the store cleanly on SIGTERM/SIGINT
 * and removes the pid file. "THREADLINE_NEO4J_READY" is printed once the DBMS is up; the Node
 * side still polls Bolt before it trusts that.
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: Launcher <homeDir> <boltPort> <pidFile> [pageCacheMb]");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    Path pidFile = Path.of(args[2]).toAbsolutePath();
    long pageCacheMb = args.length > 3 ? Long.parseLong(args[3]) : 256L;
    Files.createDirectories(home);

    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(GraphDatabaseSettings.auth_enabled, false)
            .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheMb * 1024L * 1024L)
            .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(5))
            .build();

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    dbms.shutdown();
                  } finally {
                    try {
                      Files.deleteIfExists(pidFile);
                    } catch (IOException ignored) {
                      // the Node side treats a stale pid file as "not running"
                    }
                    stopped.countDown();
                  }
                },
                "threadline-neo4j-shutdown"));

    Files.writeString(pidFile, Long.toString(ProcessHandle.current().pid()), StandardCharsets.UTF_8);
    System.out.println("THREADLINE_NEO4J_READY bolt://127.0.0.1:" + port);
    System.out.flush();
    stopped.await();
  }
}
