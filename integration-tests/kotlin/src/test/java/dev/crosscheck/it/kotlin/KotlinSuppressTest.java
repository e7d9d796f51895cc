package dev.crosscheck.it.kotlin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Kotlin's {@code @Suppress("CORS009")} on {@link LegacyOriginsResource} silences the warning as
 * {@code @SuppressWarnings} does in Java: this module's build wrote its diagnostics as SARIF
 * ({@code -Acrosscheck.sarif}), where a silenced warning is a result with an in-source suppression.
 */
class KotlinSuppressTest {

  @Test
  void kotlinsSuppressSilencesTheWarningItNames() throws Exception {
    JsonNode log = new ObjectMapper().readTree(Files.readString(Path.of("target", "crosscheck.sarif")));
    List<JsonNode> about = new ArrayList<>();
    for (JsonNode result : log.path("runs").path(0).path("results")) {
      if (result.path("locations").toString().contains("dev.crosscheck.it.kotlin.LegacyOriginsResource")) {
        about.add(result);
      }
    }
    assertThat(about).as("the build's results about LegacyOriginsResource").singleElement().satisfies(result -> {
      assertThat(result.path("ruleId").asText()).isEqualTo("CORS009");
      assertThat(result.path("suppressions").path(0).path("kind").asText()).as("silenced in the source")
          .isEqualTo("inSource");
    });
  }
}
