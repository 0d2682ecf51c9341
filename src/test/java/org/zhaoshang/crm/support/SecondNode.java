package org.zhaoshang.crm.support;

import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.core.env.Environment;

/**
 * The application once more, in a JVM of its own: the packaged jar, started as production starts it, on the
 * database and SMTP server of the test context it is given. What it prints goes to a file under
 * {@code target/} and is kept, so that a test can wait for a line and look for lines that must not be there.
 *
 * <p>A second Spring context inside the test JVM would not do for a Quartz cluster: Quartz keeps one scheduler
 * per name per JVM, so a second context would need another scheduler name and would not be a second node.
 */
public final class SecondNode implements AutoCloseable {

    private static final Path TARGET = Path.of("target");
    private static final Pattern STARTED = Pattern.compile("Started CrmApplication in");
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final Process process;
    private final Path logFile;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Thread reader;
    private final Thread killOnExit;

    private SecondNode(Process process, Path logFile) {
        this.process = process;
        this.logFile = logFile;
        this.reader = Thread.ofPlatform().daemon().name("second-node-console").start(this::copyConsole);
        // Should the test JVM end without close() (a crash, Ctrl-C), the node must not outlive it.
        this.killOnExit = new Thread(process::destroyForcibly, "second-node-kill");
        Runtime.getRuntime().addShutdownHook(killOnExit);
    }

    /**
     * Starts the packaged jar with the datasource and mail server of {@code environment} (the test context's
     * resolved settings, so both nodes use exactly the same database) plus {@code arguments}, and returns once
     * it has logged that it started (deadline {@code startTimeout}).
     */
    public static SecondNode start(Environment environment, Path logFile, Duration startTimeout, String... arguments) {
        Path jar = packagedJar();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Dfile.encoding=UTF-8", "-Duser.timezone=Asia/Shanghai",
                "-jar", jar.toString(),
                // application-test.properties is a test resource, not in the jar: what the node needs is given here.
                "--spring.datasource.url=" + environment.getRequiredProperty("spring.datasource.url"),
                "--spring.mail.host=" + environment.getRequiredProperty("spring.mail.host"),
                "--spring.mail.port=" + environment.getRequiredProperty("spring.mail.port"),
                "--server.port=0",
                "--crm.embedded-db.enabled=false",
                "--crm.demo.enabled=false"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        // Credentials through the environment rather than the command line, which every process can list.
        builder.environment().put("SPRING_DATASOURCE_USERNAME", environment.getRequiredProperty("spring.datasource.username"));
        builder.environment().put("SPRING_DATASOURCE_PASSWORD", environment.getProperty("spring.datasource.password", ""));
        try {
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            SecondNode node = new SecondNode(builder.start(), logFile);
            try {
                node.awaitLine(STARTED, startTimeout);
            } catch (RuntimeException | AssertionError notStarted) {
                node.close();
                throw notStarted;
            }
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + jar, e);
        }
    }

    public long pid() {
        return process.pid();
    }

    /** Everything the node has printed so far. */
    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** The first line matching {@code pattern}, waiting for it up to {@code timeout}; fails if the node dies. */
    public Matcher awaitLine(Pattern pattern, Duration timeout) {
        await("second node to log /" + pattern + "/ (its console: " + logFile.toAbsolutePath() + ")")
                .atMost(timeout).pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    if (find(pattern).isEmpty() && !process.isAlive()) {
                        throw new IllegalStateException("The second node exited with code " + process.exitValue()
                                + "; last lines:\n" + String.join("\n", tail(40)));
                    }
                    return find(pattern).isPresent();
                });
        return find(pattern).orElseThrow();
    }

    /** Stops the node as an orchestrator would (SIGTERM, graceful shutdown), forcibly if it takes too long. */
    @Override
    public void close() {
        // Through the handle: Process.destroy() would also close our end of its console, losing what it logs
        // while it shuts down.
        process.toHandle().destroy();
        try {
            if (!process.waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            reader.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(killOnExit);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook runs anyway
            }
        }
    }

    private Optional<Matcher> find(Pattern pattern) {
        return lines.stream().map(pattern::matcher).filter(Matcher::find).findFirst();
    }

    private List<String> tail(int count) {
        List<String> all = lines();
        return all.subList(Math.max(0, all.size() - count), all.size());
    }

    private void copyConsole() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                BufferedWriter out = Files.newBufferedWriter(logFile, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                lines.add(line);
                out.write(line);
                out.newLine();
                out.flush();
            }
        } catch (IOException e) {
            lines.add("[console copy stopped: " + e + "]");
        }
    }

    /**
     * The Spring Boot jar of this build. Refused when it is older than the compiled classes (a test started
     * from an IDE after a change): the second node would run other code than the first.
     */
    private static Path packagedJar() {
        Path jar;
        try (Stream<Path> files = Files.list(TARGET)) {
            jar = files.filter(p -> p.getFileName().toString().matches("zhaoshang-crm-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No packaged jar under " + TARGET.toAbsolutePath()
                            + "; run ./mvnw verify (it packages before the integration tests) or ./mvnw package"));
            FileTime built = Files.getLastModifiedTime(jar);
            try (Stream<Path> classes = Files.walk(TARGET.resolve("classes"))) {
                Optional<Path> newer = classes.filter(p -> p.toString().endsWith(".class")).filter(p -> {
                    try {
                        return Files.getLastModifiedTime(p).compareTo(built) > 0;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).findAny();
                if (newer.isPresent()) {
                    throw new IllegalStateException(jar + " is older than " + newer.get()
                            + "; run ./mvnw package so that the second node runs the same code");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jar;
    }
}
