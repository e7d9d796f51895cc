package dev.crosscheck.processor.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * What the previous compilation into the same class output saw: its root resources and the
 * classes that carry a policy. Maven's stale-source mode and IDEs compile only the changed files,
 * with the previous output on the class path; a table regenerated from those files alone would
 * drop every other resource's routes. The processor reads this index, and scans the listed classes
 * that this compilation does not compile from their class files (annotations of CLASS retention
 * included), so the table equals a full build's; a listed class that is gone is dropped.
 */
public record CompilationIndex(List<String> roots, List<String> classesWithPolicies) {

  /** Where {@code TableWriter} writes it, in the class output. */
  public static final String PATH = "META-INF/crosscheck/compilation.txt";

  public static final CompilationIndex NONE = new CompilationIndex(List.of(), List.of());

  /** The index the class output holds from an earlier compilation, or {@link #NONE}. */
  public static CompilationIndex read(Filer filer) {
    List<String> roots = new ArrayList<>();
    List<String> policies = new ArrayList<>();
    try {
      FileObject file = filer.getResource(StandardLocation.CLASS_OUTPUT, "", PATH);
      try (BufferedReader reader = new BufferedReader(new InputStreamReader(file.openInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = reader.readLine()) != null; ) {
          if (line.startsWith("root ")) {
            roots.add(line.substring(5).strip());
          } else if (line.startsWith("policy ")) {
            policies.add(line.substring(7).strip());
          }
        }
      }
    } catch (IOException | IllegalArgumentException | UnsupportedOperationException noEarlierCompilation) {
      return NONE;
    }
    return new CompilationIndex(List.copyOf(roots), List.copyOf(policies));
  }
}
