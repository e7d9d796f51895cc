package dev.crosscheck.runtime.internal.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The path below the base, from the request and base URIs, as UriInfo.getPath(false) would give it. */
class RequestPathsTest {

  @ParameterizedTest(name = "{1} below {0}: {2}")
  @CsvSource(nullValues = "null", value = {
      "http://h/,         http://h/notes/7,             notes/7",
      "http://h/,         http://h/,                    ''",
      "http://h/app/api/, http://h/app/api/notes/7,     notes/7",
      "http://h/app/api/, http://h/app/api,             ''",
      "http://h/app/api/, http://h/app/api/,            ''",
      "http://h/app/api,  http://h/app/api/notes,       notes",
      "http://h/app/api,  http://h/app/apinotes,        null",
      "http://h/app/api/, http://h/app/other/notes,     null",
      "http://h/,         http://h/a%2Fb/%C3%A9?x=%20,  a%2Fb/%C3%A9",
      "http://h/,         http://h/notes//7/,           notes//7/",
      "http://h/,         http://h/n;v=1/7,             n;v=1/7"})
  void keepsTheEncodingAndCutsTheBase(String base, String request, String expected) {
    String requestPath = URI.create(request).getRawPath();
    int start = RequestPaths.startBelowBase(requestPath, URI.create(base).getRawPath());
    assertThat(start < 0 ? null : requestPath.substring(start)).isEqualTo(expected);
  }
}
