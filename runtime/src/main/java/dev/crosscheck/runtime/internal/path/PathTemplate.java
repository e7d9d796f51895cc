package dev.crosscheck.runtime.internal.path;

import java.util.ArrayList;
import java.util.List;

/**
 * A JAX-RS path template as the runtimes match it: the class's {@code @Path} joined with the
 * method's, split into literal text and template variables ({@code {id}} or
 * {@code {id: \d+}}). Variable names do not matter for matching, so two templates that differ
 * only in names are {@linkplain #equals equal}.
 */
public final class PathTemplate {

  /** A piece of the template: literal text, or a variable with its regular expression (null for the default {@code [^/]+}). */
  public record Part(String literal, String variableName, String regex) {
    public boolean isVariable() {
      return variableName != null;
    }
  }

  private final String text;
  private final List<Part> parts;
  private final String matchingKey;
  // The precedence keys, computed once: sorting a table and finding the templates the runtimes
  // may order differently compare every pair of a level, so each is read many times at start.
  private final int literalCharacterCount;
  private final int variableCount;
  private final int regexVariableCount;
  /**
   * The precedence keys of the template's percent-encoded form, made when first asked for: the
   * processor joins a template for every resource method and compares few of them by these.
   * Immutable, so two threads that make it at once make equal ones.
   */
  private Encoded encoded;

  private record Encoded(int literalCharacterCount, String leadingLiteral, String trailingLiteral) {}

  private PathTemplate(String text, List<Part> parts) {
    this.text = text;
    this.parts = List.copyOf(parts);
    StringBuilder key = new StringBuilder();
    int literals = 0;
    int variables = 0;
    int regexVariables = 0;
    for (Part part : parts) {
      key.append(part.isVariable() ? (part.regex() == null ? "{}" : "{:" + part.regex() + "}") : part.literal());
      if (part.isVariable()) {
        variables++;
        regexVariables += part.regex() == null ? 0 : 1;
      } else {
        literals += part.literal().length();
      }
    }
    this.matchingKey = key.toString();
    this.literalCharacterCount = literals;
    this.variableCount = variables;
    this.regexVariableCount = regexVariables;
  }

  /** Parses one {@code @Path} value; leading and trailing slashes do not count. */
  public static PathTemplate parse(String pathValue) throws InvalidTemplateException {
    String text = trimSlashes(pathValue);
    List<Part> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '}') {
        throw new InvalidTemplateException("\"" + pathValue + "\" has a '}' without '{'");
      }
      if (c != '{') {
        literal.append(c);
        i++;
        continue;
      }
      int close = closingBrace(text, i);
      if (close < 0) {
        throw new InvalidTemplateException("\"" + pathValue + "\" has a '{' without '}'");
      }
      if (literal.length() > 0) {
        parts.add(new Part(literal.toString(), null, null));
        literal.setLength(0);
      }
      String body = text.substring(i + 1, close);
      int colon = body.indexOf(':');
      String name = (colon >= 0 ? body.substring(0, colon) : body).strip();
      String regex = colon >= 0 ? body.substring(colon + 1).strip() : null;
      if (name.isEmpty()) {
        throw new InvalidTemplateException("\"" + pathValue + "\" has a template variable without a name");
      }
      parts.add(new Part(null, name, regex == null || regex.isEmpty() ? null : regex));
      i = close + 1;
    }
    if (literal.length() > 0) {
      parts.add(new Part(literal.toString(), null, null));
    }
    return new PathTemplate(text, parts);
  }

  /** This template followed by {@code child}, as a method's {@code @Path} follows its class's. */
  public PathTemplate append(PathTemplate child) {
    if (child.text.isEmpty()) {
      return this;
    }
    if (text.isEmpty()) {
      return child;
    }
    List<Part> joined = new ArrayList<>(parts);
    joined.add(new Part("/", null, null));
    joined.addAll(child.parts);
    return new PathTemplate(text + "/" + child.text, mergeLiterals(joined));
  }

  private static List<Part> mergeLiterals(List<Part> parts) {
    List<Part> merged = new ArrayList<>();
    for (Part part : parts) {
      Part last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && !last.isVariable() && !part.isVariable()) {
        merged.set(merged.size() - 1, new Part(last.literal() + part.literal(), null, null));
      } else {
        merged.add(part);
      }
    }
    return merged;
  }

  /** Index of the '}' closing the '{' at {@code open}, counting braces nested in a regex. */
  private static int closingBrace(String text, int open) {
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** {@code value} without its leading and trailing slashes, which no template counts. */
  public static String trimSlashes(String value) {
    int start = 0;
    int end = value.length();
    while (start < end && value.charAt(start) == '/') {
      start++;
    }
    while (end > start && value.charAt(end - 1) == '/') {
      end--;
    }
    return value.substring(start, end);
  }

  public List<Part> parts() {
    return parts;
  }

  /**
   * What {@link #equals} compares: the template with its variables' names left out ({@code
   * items/{}/{:[0-9]+}}). Two templates appended have the two keys joined by a slash.
   */
  public String matchingKey() {
    return matchingKey;
  }

  /** The template as written, slashes trimmed: {@code items/{id}}. */
  public String text() {
    return text;
  }

  /** Literal characters, the first JAX-RS precedence key (Jakarta REST 3.1, section 3.7.2). */
  public int literalCharacterCount() {
    return literalCharacterCount;
  }

  /**
   * Literal characters once percent-encoded ({@code "a b"} counts 5): RESTEasy's first precedence
   * key, where Jersey counts them as written.
   */
  public int encodedLiteralCharacterCount() {
    return encoded().literalCharacterCount();
  }

  /** The encoded literal text before the first variable (all of it for a literal template). */
  public String leadingLiteral() {
    return encoded().leadingLiteral();
  }

  /** The encoded literal text after the last variable (all of it for a literal template). */
  public String trailingLiteral() {
    return encoded().trailingLiteral();
  }

  /** Template variables, the second precedence key. */
  public int variableCount() {
    return variableCount;
  }

  /** Variables with a regular expression of their own, the third precedence key. */
  public int regexVariableCount() {
    return regexVariableCount;
  }

  /** Whether the template has no variables, so one exact path matches it. */
  public boolean isLiteral() {
    return variableCount == 0;
  }

  /**
   * The regular expression the runtimes match an encoded request path with: literal text
   * percent-encoded as JAX-RS encodes templates, variables as their own expression or {@code
   * [^/]+}.
   */
  public String regex() {
    StringBuilder regex = new StringBuilder();
    for (Part part : parts) {
      if (part.isVariable()) {
        regex.append('(').append(part.regex() == null ? "[^/]+" : part.regex()).append(')');
      } else {
        regex.append(java.util.regex.Pattern.quote(PathEncoding.encode(part.literal())));
      }
    }
    return regex.toString();
  }

  /** A literal piece of a template, percent-encoded the way the runtimes compare it with request paths. */
  public static String encodeLiteral(String literal) {
    return PathEncoding.encode(literal);
  }

  /** The literal path a literal template matches, encoded. */
  public String encodedLiteral() {
    StringBuilder path = new StringBuilder();
    for (Part part : parts) {
      path.append(PathEncoding.encode(part.literal()));
    }
    return path.toString();
  }

  private Encoded encoded() {
    Encoded made = encoded;
    if (made == null) {
      int literals = 0;
      for (Part part : parts) {
        literals += part.isVariable() ? 0 : PathEncoding.encode(part.literal()).length();
      }
      Part first = parts.isEmpty() ? null : parts.get(0);
      Part last = parts.isEmpty() ? null : parts.get(parts.size() - 1);
      made = new Encoded(literals, first == null || first.isVariable() ? "" : PathEncoding.encode(first.literal()),
          last == null || last.isVariable() ? "" : PathEncoding.encode(last.literal()));
      encoded = made;
    }
    return made;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PathTemplate t && t.matchingKey.equals(matchingKey);
  }

  @Override
  public int hashCode() {
    return matchingKey.hashCode(); // a String caches it; a route table's maps ask for it thousands of times
  }

  @Override
  public String toString() {
    return "/" + text;
  }
}
