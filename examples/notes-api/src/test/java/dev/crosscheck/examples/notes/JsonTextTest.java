package dev.crosscheck.examples.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.BadRequestException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The example's JSON: what it writes, a client can read back, whatever the text holds. */
class JsonTextTest {

  @Test
  void anyTextSurvivesTheRoundTrip() {
    String text = "quotes \" and \\ back\u0001slash, a tab\t, a line\nbreak, é and 😀";
    String json = JsonText.write(new Note(7, text));
    assertThat(JsonText.textOf(json.replace("\"id\":7,", ""))).isEqualTo(text);
    assertThat(JsonText.write(List.of(new Note(1, "a"), new Note(2, "b"))))
        .isEqualTo("[{\"id\":1,\"text\":\"a\"},{\"id\":2,\"text\":\"b\"}]");
  }

  @Test
  void anythingButOneTextIsABadRequest() {
    for (String bad : new String[] {null, "", "[]", "{\"text\": 1", "{\"text\": \"\"}", "{\"txt\": \"a\"}",
        "{\"text\": \"" + "x".repeat(501) + "\"}"}) {
      assertThatThrownBy(() -> JsonText.textOf(bad)).as(bad).isInstanceOf(BadRequestException.class);
    }
  }
}
