package dev.crosscheck.it;

/**
 * What the tests of Helidon's CORS beside Crosscheck share. Each of them runs in a JVM of its
 * own, with its own {@code microprofile-config.properties} on the class path (see this module's pom), as Helidon
 * reads its configuration once per JVM.
 */
final class HelidonCorsLayers {

  static final String ALLOWED = "https://app.example.com";
  static final String OTHER = "https://evil.example.net";
  static final String HELIDON_WARNING = "Helidon's CORS (helidon-microprofile-cors) is on the class path and on";

  private HelidonCorsLayers() {}
}
