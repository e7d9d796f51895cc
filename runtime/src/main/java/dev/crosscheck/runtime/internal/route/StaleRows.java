package dev.crosscheck.runtime.internal.route;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.zip.ZipFile;

/**
 * Drops the rows whose classes the application does not have. A table outlives the classes it
 * names where a build tool deletes a class without running the processor again (Quarkus dev mode
 * keeps the table of a deleted resource): such a row must grant nothing, and must not stop the
 * start.
 *
 * <p>A table's classes were compiled with it, so their class files are looked for first where the
 * table's own class file is (a directory or a jar, opened once): asking the class loader instead
 * walks every jar of the class path before that one, for each of thousands of classes. Only a
 * class not found there is asked of the loader, so a class that moved elsewhere still counts.
 */
public final class StaleRows {

  private static final System.Logger LOG = System.getLogger("dev.crosscheck");

  private StaleRows() {}

  /** The routes of {@code sources} whose root and resource classes are there; logs the others once. */
  public static List<Route> dropped(Collection<CompilationTable> sources, ClassLoader loader) {
    List<Route> present = new ArrayList<>();
    Set<String> gone = new TreeSet<>();
    for (CompilationTable source : sources) {
      try (Beside beside = Beside.classOf(source.origin())) {
        Map<String, Boolean> found = new HashMap<>();
        Function<String, Boolean> look = name -> beside.has(name) || isPresent(name, loader);
        // Rows come grouped by class: a class is looked up again only where it changes.
        String rootClass = null;
        String resourceClass = null;
        boolean root = false;
        boolean resource = false;
        for (Route route : source.routes()) {
          if (!route.rootClass().equals(rootClass)) {
            rootClass = route.rootClass();
            root = found.computeIfAbsent(rootClass, look);
          }
          if (!route.resourceClass().equals(resourceClass)) {
            resourceClass = route.resourceClass();
            resource = found.computeIfAbsent(resourceClass, look);
          }
          if (root && resource) {
            present.add(route);
          } else {
            gone.add(root ? route.resourceClass() : route.rootClass());
          }
        }
      }
    }
    if (!gone.isEmpty()) {
      LOG.log(System.Logger.Level.WARNING, "Crosscheck: the generated table names " + gone.size()
          + (gone.size() == 1 ? " class" : " classes") + " that the application does not have, so their routes grant"
          + " nothing: " + String.join(", ", gone) + " (deleted since the table was generated? a clean build"
          + " writes it anew)");
    }
    return present;
  }

  /** Whether the class file is there, without loading (or initializing) the class. */
  private static boolean isPresent(String binaryName, ClassLoader loader) {
    return loader.getResource(classFile(binaryName)) != null;
  }

  private static String classFile(String binaryName) {
    return binaryName.replace('.', '/') + ".class";
  }

  /** The directory or jar that holds a table's class file, if it is one of those; else it has nothing. */
  private interface Beside extends AutoCloseable {

    boolean has(String binaryName);

    @Override
    default void close() {}

    static Beside classOf(Class<?> generated) {
      Path location = location(generated);
      if (location != null && Files.isDirectory(location)) {
        return name -> Files.isRegularFile(location.resolve(classFile(name)));
      }
      if (location != null && Files.isRegularFile(location)) {
        try {
          ZipFile jar = new ZipFile(location.toFile());
          return new Beside() {
            @Override
            public boolean has(String binaryName) {
              return jar.getEntry(classFile(binaryName)) != null;
            }

            @Override
            public void close() {
              try {
                jar.close();
              } catch (IOException ignored) {
                // read only; nothing was written that closing could lose
              }
            }
          };
        } catch (IOException notAJar) {
          // not readable as a zip here: the class loader still answers every question
        }
      }
      return name -> false;
    }

    private static Path location(Class<?> type) {
      try {
        CodeSource code = type.getProtectionDomain().getCodeSource();
        URL url = code == null ? null : code.getLocation();
        return url != null && "file".equals(url.getProtocol()) ? Path.of(url.toURI()) : null;
      } catch (URISyntaxException | IllegalArgumentException | SecurityException unusual) {
        return null; // a location that is no plain file: the class loader answers instead
      }
    }
  }
}
