package dev.crosscheck.processor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.processor.DiagnosticCasesTest.Found;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.tools.Diagnostic;

/** A SARIF log's results, read back in the form the diagnostic cases compare javac's in. */
final class SarifResults {

  private SarifResults() {}

  static JsonNode read(String log) {
    try {
      return new ObjectMapper().readTree(log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every result no {@code @SuppressWarnings} silenced; file, line and column -1 when it has no position. */
  static List<Found> unsuppressed(String log) {
    List<Found> found = new ArrayList<>();
    for (JsonNode result : read(log).path("runs").path(0).path("results")) {
      if (result.has("suppressions")) {
        continue;
      }
      JsonNode physical = result.path("locations").path(0).path("physicalLocation");
      String file = physical.isMissingNode() ? "?" : DiagnosticCasesTest.fileName(physical.path("artifactLocation").path("uri").asText());
      long line = physical.isMissingNode() ? Diagnostic.NOPOS : physical.path("region").path("startLine").asLong();
      long column = physical.isMissingNode() ? Diagnostic.NOPOS : physical.path("region").path("startColumn").asLong();
      Diagnostic.Kind kind = switch (result.path("level").asText()) {
        case "error" -> Diagnostic.Kind.ERROR;
        case "warning" -> Diagnostic.Kind.WARNING;
        default -> throw new AssertionError("level " + result.path("level"));
      };
      found.add(new Found(file, line, column, result.path("ruleId").asText(), kind));
    }
    return found;
  }
}
