package dev.crosscheck.examples.notes;

/** A note: an id and a text. */
public record Note(long id, String text) {

  /** The note as JSON, written by hand to keep the example free of a JSON library. */
  public String toJson() {
    return "{\"id\":" + id + ",\"text\":\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
  }
}
