package dev.crosscheck.it.quarkus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Quarkus's own CORS handler beside the generated filter: the start says which one answers. */
class TwoCorsLayersTest {

  @Test
  void theStartNamesBothLayersAndTheOneThatAnswers() throws Exception {
    try (QuarkusProcess quarkus = QuarkusProcess.start(List.of("-Dquarkus.http.cors.enabled=true"))) {
      assertThat(quarkus.log()).containsOnlyOnce("Crosscheck: two CORS layers are active. quarkus.http.cors.enabled=true")
          .contains("it answers every preflight");
    }
  }

  @Test
  void withoutItTheStartSaysNothingOfTheKind() throws Exception {
    try (QuarkusProcess quarkus = QuarkusProcess.start(List.of())) {
      assertThat(quarkus.log()).contains("Listening on").doesNotContain("CORS layers");
    }
  }
}
