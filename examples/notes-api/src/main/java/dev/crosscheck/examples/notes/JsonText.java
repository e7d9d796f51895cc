package dev.crosscheck.examples.notes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.BadRequestException;

/** The API's JSON, through Jackson: notes out, {@code {"text": "..."}} in. */
final class JsonText {

  /** The longest text a note may have. */
  static final int MAX_TEXT = 500;

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** What a client sends to create or replace a note. */
  record NoteText(String text) {}

  private JsonText() {}

  static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a note could not be written as JSON", e);
    }
  }

  /** The text of {@code {"text": "..."}}; anything else is a 400 that says what was expected. */
  static String textOf(String json) {
    NoteText note;
    try {
      note = JSON.readValue(json == null ? "" : json, NoteText.class);
    } catch (JsonProcessingException e) {
      throw new BadRequestException("expected {\"text\": \"...\"}");
    }
    if (note == null || note.text() == null || note.text().isEmpty() || note.text().length() > MAX_TEXT) {
      throw new BadRequestException("expected {\"text\": \"...\"} with 1 to " + MAX_TEXT + " characters");
    }
    return note.text();
  }
}
