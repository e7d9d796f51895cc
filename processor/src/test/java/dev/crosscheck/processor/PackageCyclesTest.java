package dev.crosscheck.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.runtime.internal.rules.Rule;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No package of the processor or the runtime depends, through others, on itself: a layout that
 * shows the architecture. The dependencies are the JDK's {@code jdeps} reading the compiled
 * classes (what the code really uses, not what its imports say).
 */
class PackageCyclesTest {

  @TempDir
  Path scratch;

  private static final Pattern EDGE = Pattern.compile("^\\s*(dev\\.crosscheck\\.\\S+)\\s+->\\s+(dev\\.crosscheck\\.\\S+)\\s", Pattern.MULTILINE);

  @Test
  void theProcessorsPackagesFormNoCycle() throws Exception {
    assertThat(cycles(packageDependencies(classesOf(CrossOriginProcessor.class)))).isEmpty();
  }

  @Test
  void theRuntimesPackagesFormNoCycle() throws Exception {
    assertThat(cycles(packageDependencies(classesOf(Rule.class)))).isEmpty();
  }

  /** A cycle is found where there is one: the check itself can fail. */
  @Test
  void aCycleIsFound() {
    Map<String, Set<String>> graph = new TreeMap<>(Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a")));
    assertThat(cycles(graph)).containsExactly(List.of("a", "b", "c"));
  }

  /** The class directory or jar a class was loaded from. */
  private static Path classesOf(Class<?> type) throws URISyntaxException {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  /**
   * The classes, from a directory or a jar, copied without {@code module-info.class}: given a
   * module, jdeps resolves what it requires (Jakarta REST, jakarta.annotation), which is beside the
   * point of a package graph.
   */
  private Path withoutModuleDeclaration(Path classes) throws IOException {
    Path copy = Files.createDirectories(scratch.resolve(classes.getFileName().toString()));
    try (FileSystem jar = Files.isDirectory(classes) ? null : FileSystems.newFileSystem(classes)) {
      Path root = jar == null ? classes : jar.getPath("/");
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.endsWith("module-info.class")).toList()) {
          Path target = copy.resolve(root.relativize(file).toString());
          Files.createDirectories(target.getParent());
          Files.copy(file, target);
        }
      }
    }
    return copy;
  }

  private Map<String, Set<String>> packageDependencies(Path classes) throws IOException {
    ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(() -> new AssertionError("no jdeps in this JDK"));
    StringWriter out = new StringWriter();
    int status = jdeps.run(new PrintWriter(out), new PrintWriter(out), "-verbose:package", "-filter:none",
        withoutModuleDeclaration(classes).toString());
    assertThat(status).as("jdeps on %s:%n%s", classes, out).isZero();
    Map<String, Set<String>> graph = new TreeMap<>();
    Matcher edge = EDGE.matcher(out.toString());
    while (edge.find()) {
      graph.computeIfAbsent(edge.group(1), p -> new TreeSet<>());
      if (!edge.group(1).equals(edge.group(2))) {
        graph.get(edge.group(1)).add(edge.group(2));
      }
    }
    assertThat(graph).as("packages jdeps found in %s", classes).hasSizeGreaterThan(3);
    return graph;
  }

  /** The strongly connected components of more than one package (Tarjan), each sorted. */
  static List<List<String>> cycles(Map<String, Set<String>> graph) {
    List<List<String>> found = new ArrayList<>();
    new Object() {
      final Map<String, Integer> index = new TreeMap<>();
      final Map<String, Integer> low = new TreeMap<>();
      final List<String> stack = new ArrayList<>();
      int next;

      void run() {
        graph.keySet().forEach(p -> {
          if (!index.containsKey(p)) {
            visit(p);
          }
        });
      }

      void visit(String p) {
        index.put(p, next);
        low.put(p, next++);
        stack.add(p);
        for (String q : graph.getOrDefault(p, Set.of())) {
          if (!index.containsKey(q)) {
            visit(q);
            low.put(p, Math.min(low.get(p), low.get(q)));
          } else if (stack.contains(q)) {
            low.put(p, Math.min(low.get(p), index.get(q)));
          }
        }
        if (low.get(p).equals(index.get(p))) {
          List<String> component = new ArrayList<>();
          String q;
          do {
            q = stack.remove(stack.size() - 1);
            component.add(q);
          } while (!q.equals(p));
          if (component.size() > 1) {
            component.sort(null);
            found.add(component);
          }
        }
      }
    }.run();
    return found;
  }
}
