package polkb.opensearch;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.logging.LogConfigurator;
import org.opensearch.common.settings.Settings;
import org.opensearch.core.common.transport.BoundTransportAddress;
import org.opensearch.core.common.transport.TransportAddress;
import org.opensearch.env.Environment;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4Plugin;

/**
 * A single-node OpenSearch for polkb's tests: the server jar with the netty4 transport and the
 * analysis-common plugin loaded from the classpath, as the test framework's MockNode does.
 *
 * <pre>java -Xmx512m -jar polkb-opensearch-node.jar HOME [HTTP_PORT]</pre>
 *
 * HOME holds the node's data and logs (a temp folder the caller removes). The node binds
 * 127.0.0.1 only; HTTP_PORT 0 (the default) lets the system pick a free port. When the node is
 * up, the file HOME/http.address holds "127.0.0.1:PORT" (written whole, then renamed into place).
 * The node closes and the JVM exits when standard input ends (the caller closed the pipe or died)
 * or on SIGTERM/SIGINT, so it never outlives the test run that started it.
 */
public final class PolkbNode extends Node {

    static final List<Class<? extends Plugin>> PLUGINS = List.of(Netty4Plugin.class, CommonAnalysisPlugin.class);

    /** Log lines on standard error (the caller keeps them in a file); INFO, quieter for chatty parts. */
    static final String LOG_CONFIG = String.join("\n",
        "status = error",
        "appender.console.type = Console",
        "appender.console.name = console",
        "appender.console.target = SYSTEM_ERR",
        "appender.console.layout.type = PatternLayout",
        "appender.console.layout.pattern = [%d{HH:mm:ss,SSS}][%-5p][%c{1.}] %m%n",
        "rootLogger.level = info",
        "rootLogger.appenderRef.console.ref = console",
        "");

    PolkbNode(Environment environment, Collection<Class<? extends Plugin>> plugins) {
        super(environment, plugins, true);
    }

    static Settings settings(Path home, String httpPort) {
        return Settings.builder()
            .put("cluster.name", "polkb-test")
            .put("node.name", "polkb-test-node")
            .put("path.home", home.toString())
            .put("path.data", home.resolve("data").toString())
            .put("path.logs", home.resolve("logs").toString())
            .put("network.host", "127.0.0.1")
            .put("http.port", httpPort)
            .put("transport.port", "0")
            .put("discovery.type", "single-node")
            // a nearly full disk must not keep the test index's shards unassigned
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            // a small heap: do not trip the parent breaker on the JVM's own garbage
            .put("indices.breaker.total.use_real_memory", false)
            .put("action.destructive_requires_name", false)
            .build();
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: java -jar polkb-opensearch-node.jar HOME [HTTP_PORT]");
            System.exit(2);
        }
        Path home = Paths.get(args[0]).toAbsolutePath();
        String httpPort = args.length > 1 ? args[1] : "0";
        for (String dir : new String[] {"config", "data", "logs", "plugins", "modules"}) {
            Files.createDirectories(home.resolve(dir));
        }
        Files.write(home.resolve("config").resolve("log4j2.properties"), LOG_CONFIG.getBytes(StandardCharsets.UTF_8));
        Settings settings = settings(home, httpPort);
        Environment env = InternalSettingsPreparer.prepareEnvironment(
            settings, Collections.emptyMap(), home.resolve("config"), () -> "polkb-test-node");
        LogConfigurator.registerErrorListener();
        LogConfigurator.setNodeName("polkb-test-node");
        LogConfigurator.configure(env);
        PolkbNode node = new PolkbNode(env, PLUGINS);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(node), "polkb-node-shutdown"));
        Thread watchdog = new Thread(() -> {
            try (InputStream in = System.in) {
                byte[] buffer = new byte[256];
                while (in.read(buffer) >= 0) {
                    // anything written is ignored; the end of the stream stops the node
                }
            } catch (IOException e) {
                // a broken pipe is an end too
            }
            System.exit(0);  // runs the shutdown hook, which closes the node
        }, "polkb-node-stdin-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();

        node.start();
        BoundTransportAddress http = node.injector().getInstance(HttpServerTransport.class).boundAddress();
        for (TransportAddress bound : http.boundAddresses()) {
            InetAddress address = bound.address().getAddress();
            if (!address.isLoopbackAddress()) {
                System.err.println("refusing to serve: HTTP bound to non-loopback " + bound);
                System.exit(3);
            }
        }
        int port = http.publishAddress().getPort();
        Path tmp = home.resolve("http.address.tmp");
        Files.write(tmp, ("127.0.0.1:" + port + "\n").getBytes(StandardCharsets.US_ASCII));
        Files.move(tmp, home.resolve("http.address"), StandardCopyOption.ATOMIC_MOVE);
        System.out.println("polkb OpenSearch node up at http://127.0.0.1:" + port);
        System.out.flush();
        Thread.currentThread().join();  // until the watchdog or a signal ends the JVM
    }

    private static void closeQuietly(Node node) {
        try {
            node.close();
            node.awaitClose(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            System.err.println("closing the node: " + e);
        }
    }
}
