package dev.crosscheck.runtime.internal.answer;

import dev.crosscheck.runtime.internal.compiled.AllowedRequestHeaders;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosscheck.runtime.internal.config.ConfigurationLookup;
import dev.crosscheck.runtime.spi.CorsConfigurationException;
import dev.crosscheck.runtime.spi.Refusal;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a refusal says, and how debug mode is turned on. */
class RefusalsTest {

  private static ConfigurationLookup settings(Map<String, String> values) {
    return name -> Optional.ofNullable(values.get(name)).map(v -> new ConfigurationLookup.Found(v, "setting " + name));
  }

  @Test
  void debugModeIsOffUnlessSaidOtherwise() {
    assertThat(Refusals.configured(settings(Map.of())).explains()).isFalse();
    assertThat(Refusals.configured(settings(Map.of("crosscheck.debug", "true"))).explains()).isTrue();
    assertThat(Refusals.configured(settings(Map.of("CROSSCHECK_DEBUG", "true"))).explains()).isTrue();
    assertThat(Refusals.configured(settings(Map.of("crosscheck.debug", "false", "CROSSCHECK_DEBUG", "true"))).explains())
        .isFalse();
  }

  @Test
  void anythingButTrueOrFalseStopsTheStart() {
    assertThatThrownBy(() -> Refusals.configured(settings(Map.of("crosscheck.debug", "yes"))))
        .isInstanceOf(CorsConfigurationException.class)
        .hasMessageContaining("crosscheck.debug is \"yes\" (setting crosscheck.debug): write true or false");
  }

  @Test
  void requestValuesAreCutAndEscaped() {
    assertThat(Refusals.bounded("https://a.example\r\nX-Injected: 1")).isEqualTo("https://a.example\\u000d\\u000aX-Injected: 1");
    assertThat(Refusals.bounded("say \"hi\"\\")).isEqualTo("say \\\"hi\\\"\\\\");
    assertThat(Refusals.bounded("x".repeat(500))).isEqualTo("x".repeat(200) + "...(500 characters)");
  }

  @Test
  void anOriginIsMalformedOrJustNotListed() {
    assertThat(Refusals.ofOrigin("https://evil.example")).isEqualTo(Refusal.ORIGIN_NOT_ALLOWED);
    assertThat(Refusals.ofOrigin("null")).isEqualTo(Refusal.ORIGIN_NOT_ALLOWED);
    assertThat(Refusals.ofOrigin("https://evil.example/")).isEqualTo(Refusal.ORIGIN_MALFORMED);
    assertThat(Refusals.ofOrigin("evil.example")).isEqualTo(Refusal.ORIGIN_MALFORMED);
    assertThat(Refusals.ofOrigin("https://" + "a".repeat(400) + ".example")).isEqualTo(Refusal.ORIGIN_MALFORMED);
  }

  @Test
  void theFirstHeaderNotAllowedIsNamed() {
    AllowedRequestHeaders allowed = new AllowedRequestHeaders(java.util.List.of("Content-Type", "X-Request-Id"));
    assertThat(allowed.firstRefused(java.util.List.of("content-type,x-other,x-more"))).isEqualTo("x-other");
    assertThat(allowed.firstRefused(java.util.List.of("content-type,,x-request-id"))).isEqualTo("an empty entry");
    assertThat(allowed.firstRefused(java.util.List.of("content-type", "x-request-id"))).isNull();
  }
}
