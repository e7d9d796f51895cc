package dev.crosscheck.runtime.internal.answer;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.junit.jupiter.api.Test;

/**
 * {@code Vary: Origin} is appended to what the response has, never replacing it and never twice,
 * since the response side also sees the filter's own aborted responses.
 */
class VaryOriginTest {

  private static MultivaluedMap<String, Object> headers(String... vary) {
    MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
    for (String value : vary) {
      headers.add("Vary", value);
    }
    return headers;
  }

  @Test
  void addsOriginWhenThereIsNoVary() {
    MultivaluedMap<String, Object> headers = headers();
    VaryOrigin.appendTo(headers);
    assertThat(headers.get("Vary")).containsExactly("Origin");
  }

  @Test
  void appendsToWhatIsThere() {
    MultivaluedMap<String, Object> headers = headers("Accept-Encoding");
    VaryOrigin.appendTo(headers);
    assertThat(headers.get("Vary")).containsExactly("Accept-Encoding", "Origin");
  }

  @Test
  void neverTwiceWhateverTheSpellingOrPlace() {
    for (String[] present : new String[][] {{"Origin"}, {"origin"}, {"Accept-Encoding, ORIGIN"}, {"Accept", " Origin "}, {"*"}}) {
      MultivaluedMap<String, Object> headers = headers(present);
      VaryOrigin.appendTo(headers);
      VaryOrigin.appendTo(headers);
      assertThat(headers.get("Vary")).as("%s", String.join("|", present)).containsExactly((Object[]) present);
    }
  }

  @Test
  void aNameThatOnlyContainsOriginDoesNotCount() {
    MultivaluedMap<String, Object> headers = headers("X-Origin-Hint, Origins");
    VaryOrigin.appendTo(headers);
    assertThat(headers.get("Vary")).containsExactly("X-Origin-Hint, Origins", "Origin");
  }
}
