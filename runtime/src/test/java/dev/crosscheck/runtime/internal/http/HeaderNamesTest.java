package dev.crosscheck.runtime.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HeaderNamesTest {

  /** Fetch, "forbidden request-header", as listed in rulebook section 3. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Accept-Charset",
        "Accept-Encoding",
        "Access-Control-Request-Headers",
        "Access-Control-Request-Method",
        "Connection",
        "Content-Length",
        "Cookie",
        "Cookie2",
        "Date",
        "DNT",
        "Expect",
        "Host",
        "Keep-Alive",
        "Origin",
        "Referer",
        "Set-Cookie",
        "TE",
        "Trailer",
        "Transfer-Encoding",
        "Upgrade",
        "Via",
        "Proxy-Authorization",
        "Proxy-Connection",
        "Proxy-",
        "Proxy-Anything-At-All",
        "Sec-Fetch-Mode",
        "Sec-Fetch-Site",
        "Sec-CH-UA",
        "Sec-WebSocket-Key",
        "Sec-",
        "Sec-Custom"
      })
  void forbiddenRequestHeadersInAnyCase(String name) {
    assertThat(HeaderNames.isForbiddenRequestHeader(name)).isTrue();
    assertThat(HeaderNames.isForbiddenRequestHeader(name.toLowerCase(Locale.ROOT))).isTrue();
    assertThat(HeaderNames.isForbiddenRequestHeader(name.toUpperCase(Locale.ROOT))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Authorization",
        "Content-Type",
        "Accept",
        "Accept-Language",
        "Content-Language",
        "X-Request-Id",
        "X-Requested-With",
        "If-Match",
        "Range",
        "Proxy",
        "Sec",
        "Secret",
        "X-Sec-Token",
        "X-Proxy-Id",
        "Cookies",
        "Access-Control-Allow-Origin",
        "Origin-Trial"
      })
  void allowedRequestHeaders(String name) {
    assertThat(HeaderNames.isForbiddenRequestHeader(name)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Access-Control-Allow-Origin",
        "Access-Control-Allow-Credentials",
        "Access-Control-Allow-Methods",
        "Access-Control-Allow-Headers",
        "Access-Control-Allow-Private-Network",
        "Access-Control-Max-Age",
        "Access-Control-Expose-Headers",
        "access-control-allow-origin",
        "ACCESS-CONTROL-MAX-AGE",
        "access-control-expose-headers"
      })
  void corsResponseHeaders(String name) {
    assertThat(HeaderNames.isCorsResponseHeader(name)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Access-Control-Request-Method",
        "Access-Control-Request-Headers",
        "Origin",
        "Authorization",
        "X-Access-Control-Allow-Origin",
        "Access-Control-Allow"
      })
  void notCorsResponseHeaders(String name) {
    assertThat(HeaderNames.isCorsResponseHeader(name)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Set-Cookie", "Set-Cookie2", "set-cookie", "SET-COOKIE2"})
  void unexposable(String name) {
    assertThat(HeaderNames.isUnexposable(name)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Cookie", "X-Total-Count", "Set-Cookie3", "Content-Type", "Authorization"})
  void exposable(String name) {
    assertThat(HeaderNames.isUnexposable(name)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Cache-Control",
        "Content-Language",
        "Content-Length",
        "Content-Type",
        "Expires",
        "Last-Modified",
        "Pragma",
        "cache-control",
        "CONTENT-TYPE",
        "last-MODIFIED"
      })
  void safelistedResponseHeaders(String name) {
    assertThat(HeaderNames.isSafelistedResponseHeader(name)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ETag", "Location", "X-Total-Count", "Set-Cookie", "Content-Encoding", "Date", "Link", "Vary"})
  void notSafelistedResponseHeaders(String name) {
    assertThat(HeaderNames.isSafelistedResponseHeader(name)).isFalse();
  }

  @Test
  void comparisonsIgnoreCaseWithoutLocaleSurprises() {
    // "TE" lower-cased in a Turkish locale would not be "te" if the default locale were used;
    // "i" in names such as "Keep-Alive" and "Via" upper-cased likewise.
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertThat(HeaderNames.isForbiddenRequestHeader("KEEP-ALIVE")).isTrue();
      assertThat(HeaderNames.isForbiddenRequestHeader("VIA")).isTrue();
      assertThat(HeaderNames.isForbiddenRequestHeader("ACCEPT-CHARSET")).isTrue();
      assertThat(HeaderNames.isSafelistedResponseHeader("LAST-MODIFIED")).isTrue();
      assertThat(HttpMethods.isForbidden("connect")).isTrue();
      assertThat(HttpMethods.normalizedSpellingIfDifferent("options")).isEqualTo("OPTIONS");
    } finally {
      Locale.setDefault(saved);
    }
  }
}
