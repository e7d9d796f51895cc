package dev.crosscheck.runtime.internal.platform;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;

/**
 * The generated filters a class loader has, by name, read from the tables' service files without
 * loading a class: for the code that must know of them before any runs (the Jersey discovery that
 * registers their features, the servlet container's start-up checks). A file that cannot be read
 * counts as absent here; the tables' own start reads the same files and says what is wrong.
 */
public final class ListedFilters {

  /** Where generated code lists its table (contract 1: {@code GeneratedTable}). */
  public static final String TABLES = "META-INF/services/dev.crosscheck.runtime.generated.GeneratedTable";
  private static final String TABLE_SUFFIX = "GeneratedCorsFilter$Table";

  private ListedFilters() {}

  /** Binary names of the generated filters whose tables the class loader lists, sorted. */
  public static List<String> of(ClassLoader loader) {
    TreeSet<String> filters = new TreeSet<>();
    try {
      for (URL url : Collections.list(loader.getResources(TABLES))) {
        try (InputStream in = url.openStream()) {
          for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
            String table = line.replaceAll("#.*", "").strip();
            if (table.endsWith(TABLE_SUFFIX)) {
              filters.add(table.substring(0, table.length() - "$Table".length()));
            }
          }
        }
      }
    } catch (IOException unreadable) {
      return List.of();
    }
    return List.copyOf(filters);
  }

  /**
   * Where a runtime's discovery of the generated features looks: the thread's context class loader,
   * which is the application's while a runtime configures it, else the discovering class's own.
   */
  public static ClassLoader applicationLoader(Class<?> discovering) {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : discovering.getClassLoader();
  }

  /** The generated feature beside a generated filter: {@code ...GeneratedCorsFeature} beside {@code ...GeneratedCorsFilter}. */
  public static String featureOf(String filter) {
    return filter.substring(0, filter.length() - "Filter".length()) + "Feature";
  }
}
