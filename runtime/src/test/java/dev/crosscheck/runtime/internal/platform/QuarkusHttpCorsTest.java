package dev.crosscheck.runtime.internal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A second CORS layer in front of the filter is named at start, with the setting that turned it on. */
class QuarkusHttpCorsTest {

  private static Optional<String> warningFor(Map<String, Boolean> settings) {
    return QuarkusHttpCors.warning(name -> Optional.ofNullable(settings.get(name)));
  }

  @Test
  void namesTheSettingThatTurnedQuarkusCorsOn() {
    assertThat(warningFor(Map.of("quarkus.http.cors.enabled", true))).hasValueSatisfying(w -> assertThat(w)
        .startsWith("Crosscheck: two CORS layers are active. quarkus.http.cors.enabled=true")
        .contains("decide nothing"));
    assertThat(warningFor(Map.of("quarkus.http.cors", true))).hasValueSatisfying(w -> assertThat(w)
        .contains("quarkus.http.cors=true"));
  }

  @Test
  void saysNothingWhenItIsOffOrUnset() {
    assertThat(warningFor(Map.of())).isEmpty();
    assertThat(warningFor(Map.of("quarkus.http.cors.enabled", false))).isEmpty();
  }

  @Test
  void saysNothingWithoutMicroProfileConfig() {
    // The runtime's own test class path has the API jar only as provided; a loader without it:
    ClassLoader bare = new ClassLoader(null) {};
    assertThat(QuarkusHttpCors.warning(bare)).isEmpty();
  }
}
