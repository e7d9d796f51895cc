package dev.crosscheck.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.it.RawHttp.Reply;
import org.junit.jupiter.api.Test;

/**
 * Origins that change while the application runs ({@code @CrossOrigin(originSource = ...)}), over
 * HTTP: the suite's {@code PartnersResource} takes its origins from {@code PartnerOrigins}, which
 * its same-origin administration methods change and put in force with {@code
 * OriginSources.refresh}. A partner added is granted at once, without a restart; a value that
 * breaks a rule of the policy (an {@code http://} origin, with credentials) is refused, and the
 * others stay; a partner removed is refused again.
 */
class OriginSourceOverHttpTest {

  private static final String PARTNER = "https://partner.example.net";

  @Test
  void anOriginAddedWhileTheApplicationRunsIsGrantedAndOneRemovedIsNot() throws Exception {
    try (ItServer server = ItServer.start(new ItApplication())) {
      RawHttp http = server.http();
      assertThat(http.send("DELETE", "/partners/origins").status()).isEqualTo(200);
      assertRefused(http, PARTNER);

      Reply added = http.sendText("PUT", "/partners/origins", PARTNER);
      assertThat(added.status()).isEqualTo(200);
      // Engines of applications started and stopped before in this JVM may still be there to read too.
      assertThat(added.body()).as("a running engine read the source").matches("read by [1-9][0-9]*");
      Reply preflight = preflight(http, PARTNER);
      assertThat(preflight.status()).isEqualTo(204);
      assertThat(preflight.all("Access-Control-Allow-Origin")).containsExactly(PARTNER);
      assertThat(preflight.all("Access-Control-Allow-Credentials")).containsExactly("true");
      Reply actual = http.send("GET", "/partners", "Origin", PARTNER);
      assertThat(actual.body()).isEqualTo("partner catalog");
      assertThat(actual.all("Access-Control-Allow-Origin")).containsExactly(PARTNER);
      assertThat(actual.tokens("Vary")).contains("origin");

      http.sendText("PUT", "/partners/origins", "http://insecure.example.net");
      assertRefused(http, "http://insecure.example.net");
      assertThat(preflight(http, PARTNER).status()).as("the other values stay in force").isEqualTo(204);

      http.send("DELETE", "/partners/origins");
      assertRefused(http, PARTNER);
    }
  }

  private static Reply preflight(RawHttp http, String origin) throws Exception {
    return http.send("OPTIONS", "/partners", "Origin", origin, "Access-Control-Request-Method", "GET");
  }

  private static void assertRefused(RawHttp http, String origin) throws Exception {
    Reply preflight = preflight(http, origin);
    assertThat(preflight.status()).as("preflight from %s", origin).isEqualTo(403);
    assertThat(preflight.hasAnyCorsHeader()).isFalse();
    Reply actual = http.send("GET", "/partners", "Origin", origin);
    assertThat(actual.status()).isEqualTo(200);
    assertThat(actual.hasAnyCorsHeader()).as("actual request from %s", origin).isFalse();
    // The answer depends on the Origin, refused or not: a cache must not hand it to a partner.
    CorsBehaviourTest.assertNoCacheServesItToAnotherOrigin(actual);
  }
}
