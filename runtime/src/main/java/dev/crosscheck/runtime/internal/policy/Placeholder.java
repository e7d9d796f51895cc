package dev.crosscheck.runtime.internal.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An origin or pattern entry that is filled in when the application starts: {@code ${NAME}} or
 * {@code ${NAME:default}}, the whole entry. NAME is looked up as a system property, then as an
 * environment variable; a comma-separated value stands for several entries.
 *
 * @param name letters, digits, {@code _}, {@code .} and {@code -}, starting with a letter or {@code _}
 * @param defaultValue the text after the first {@code :}, when written
 */
public record Placeholder(String name, Optional<String> defaultValue) {

  /** Whether the entry is meant as a placeholder (it contains <code>${</code>), well formed or not. */
  public static boolean looksLikePlaceholder(String entry) {
    return entry.contains("${");
  }

  /** Parses a placeholder entry, or says why it is not one. */
  public static Placeholder parse(String entry) throws InvalidPlaceholderException {
    if (!entry.startsWith("${") || !entry.endsWith("}")) {
      throw new InvalidPlaceholderException("a placeholder must be the whole entry");
    }
    String body = entry.substring(2, entry.length() - 1);
    int colon = body.indexOf(':');
    String name = colon >= 0 ? body.substring(0, colon) : body;
    if (name.isEmpty()) {
      throw new InvalidPlaceholderException("it has no name");
    }
    if (!isNameStart(name.charAt(0))) {
      throw new InvalidPlaceholderException("its name starts with \"" + name.charAt(0) + "\"");
    }
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!isNameStart(c) && !(c >= '0' && c <= '9') && c != '.' && c != '-') {
        throw new InvalidPlaceholderException("its name contains \"" + c + "\"");
      }
    }
    if (body.indexOf('{') >= 0 || body.indexOf('}') >= 0 || body.indexOf('$') >= 0) {
      throw new InvalidPlaceholderException("placeholders do not nest");
    }
    Optional<String> defaultValue = colon >= 0 ? Optional.of(body.substring(colon + 1)) : Optional.empty();
    return new Placeholder(name, defaultValue);
  }

  private static boolean isNameStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }

  /**
   * The entries a resolved value stands for: split at commas, white space around each entry
   * dropped, empty entries skipped (so an empty value stands for none).
   */
  public static List<String> splitList(String value) {
    List<String> entries = new ArrayList<>();
    for (String part : value.split(",", -1)) {
      String entry = part.strip();
      if (!entry.isEmpty()) {
        entries.add(entry);
      }
    }
    return entries;
  }

  @Override
  public String toString() {
    return "${" + name + defaultValue.map(d -> ":" + d).orElse("") + "}";
  }
}
