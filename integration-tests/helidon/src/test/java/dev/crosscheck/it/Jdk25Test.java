package dev.crosscheck.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.it.RawHttp.Reply;
import dev.crosscheck.it.jdk25.Jdk25Application;
import org.junit.jupiter.api.Test;

/**
 * A resource compiled by JDK 25's javac for Java 25, with the processor on annotationProcessorPaths
 * (JDK 23 and later run no processor found on the class path): its table was written, and its
 * policy answers on Helidon, on Java 25.
 */
class Jdk25Test {

  @Test
  void aResourceCompiledForJava25GetsItsPolicy() throws Exception {
    assertThat(Runtime.version().feature()).as("the JVM these tests run on").isGreaterThanOrEqualTo(25);
    try (ItServer server = ItServer.start(new Jdk25Application())) {
      RawHttp http = server.http();
      Reply allowed = http.send("GET", "/jdk25/4", "Origin", "https://jdk25.example.com");
      assertThat(allowed.status()).isEqualTo(200);
      assertThat(allowed.body()).isEqualTo("square 16");
      assertThat(allowed.all("Access-Control-Allow-Origin")).containsExactly("https://jdk25.example.com");
      assertThat(allowed.all("Access-Control-Expose-Headers")).containsExactly("X-Shape");

      Reply preflight = http.send("OPTIONS", "/jdk25/3", "Origin", "https://jdk25.example.com",
          "Access-Control-Request-Method", "GET", "Access-Control-Request-Headers", "X-Unlisted");
      assertThat(preflight.status()).as("a header the policy does not allow").isEqualTo(403);

      Reply other = http.send("GET", "/jdk25/3", "Origin", "https://app.example.com");
      assertThat(other.body()).isEqualTo("circle 9pi");
      assertThat(other.hasAnyCorsHeader()).isFalse();
    }
  }
}
