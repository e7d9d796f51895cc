package dev.crosscheck.examples.notes;

import jakarta.ws.rs.BadRequestException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the one field the example accepts, {@code {"text": "..."}}, without a JSON library. */
final class JsonText {

  private static final Pattern TEXT = Pattern.compile("\"text\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.){1,500})\"");

  private JsonText() {}

  static String textOf(String json) {
    Matcher matcher = TEXT.matcher(json == null ? "" : json);
    if (!matcher.find()) {
      throw new BadRequestException("expected {\"text\": \"...\"}");
    }
    return matcher.group(1).replace("\\\"", "\"").replace("\\\\", "\\");
  }
}
