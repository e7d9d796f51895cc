package dev.crosscheck.bench.startup;

import dev.crosscheck.runtime.generated.GeneratedFilterSupport;
import dev.crosscheck.runtime.generated.GeneratedTable;
import jakarta.ws.rs.SeBootstrap;
import jakarta.ws.rs.core.Application;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * One measurement in a fresh JVM, as an application's start is the first thing its JVM does;
 * {@link StartupCost} runs it and reads the one line it prints.
 *
 * <ul>
 *   <li>{@code engine <package>}: what the generated filter's start costs, the way it starts on a
 *       runtime: the engine for the compilation's table ({@code GeneratedCorsFilter$Table}), then
 *       the preflight table once the runtime names the application. Prints {@code engine <cold ms>
 *       <warm ms> <retained bytes>}: the first build in the JVM (class loading and all), the median
 *       of five more, and the heap the first one keeps beyond the table the generated class holds.
 *   <li>{@code server <class list>}: Jersey started by {@code SeBootstrap} (Grizzly) with the
 *       listed resource classes, to the moment it serves. Prints {@code server <ms> <crosscheck
 *       ms>}: the second is what Crosscheck's debug log says its engine, its preflight table and the
 *       response filters Jersey bound took inside that start (-1 without Crosscheck).
 * </ul>
 */
public final class StartupProbe {

  private StartupProbe() {}

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "engine" -> engine(args[1]);
      case "server" -> server(Path.of(args[1]));
      default -> throw new IllegalArgumentException("engine <package> | server <class list>, not " + args[0]);
    }
  }

  private static void engine(String pkg) throws Exception {
    ClassLoader loader = StartupProbe.class.getClassLoader();
    Class<?> filter = Class.forName(pkg + ".GeneratedCorsFilter", true, loader);
    GeneratedTable table = (GeneratedTable) Class.forName(pkg + ".GeneratedCorsFilter$Table", true, loader)
        .getDeclaredConstructor().newInstance();
    long before = usedHeap();
    long start = System.nanoTime();
    GeneratedFilterSupport engine = build(table, filter);
    double cold = (System.nanoTime() - start) / 1e6;
    long retained = usedHeap() - before;
    List<Double> warm = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      start = System.nanoTime();
      build(table, filter);
      warm.add((System.nanoTime() - start) / 1e6);
    }
    warm.sort(null);
    System.out.printf("engine %.2f %.2f %d%n", cold, warm.get(warm.size() / 2), retained);
    if (engine.hashCode() == 0) {
      System.out.println(); // keeps the first engine reachable until its heap was measured
    }
  }

  /** What a generated filter's start does: the engine, then the table of what the application deploys. */
  private static GeneratedFilterSupport build(GeneratedTable table, Class<?> filter) {
    GeneratedFilterSupport engine = GeneratedFilterSupport.start(() -> table, filter);
    engine.deployedBy(new Application());
    return engine;
  }

  private static void server(Path classList) throws Exception {
    Set<Class<?>> resources = new HashSet<>();
    for (String name : Files.readAllLines(classList)) {
      if (!name.isBlank()) {
        resources.add(Class.forName(name.strip()));
      }
    }
    Application application = new Application() {
      @Override
      public Set<Class<?>> getClasses() {
        return resources;
      }
    };
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    CrosscheckTimings timings = CrosscheckTimings.listen();
    SeBootstrap.Configuration configuration = SeBootstrap.Configuration.builder()
        .protocol("HTTP").host("127.0.0.1").port(port).rootPath("/").build();
    long start = System.nanoTime();
    SeBootstrap.Instance instance = SeBootstrap.start(application, configuration).toCompletableFuture().get(5, TimeUnit.MINUTES);
    double millis = (System.nanoTime() - start) / 1e6;
    // One request, after the start is timed: Crosscheck's debug log says what binding took at the first.
    HttpURLConnection first = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/not-served").toURL().openConnection();
    first.getResponseCode();
    first.disconnect();
    System.out.printf("server %.2f %d%n", millis, timings.totalMillis());
    instance.stop().toCompletableFuture().get(1, TimeUnit.MINUTES);
  }

  private static long usedHeap() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
