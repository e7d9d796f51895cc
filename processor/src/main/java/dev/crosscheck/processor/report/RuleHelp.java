package dev.crosscheck.processor.report;

import dev.crosscheck.runtime.internal.rules.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What each rule checks and why, as {@code docs/rules.md} says it: the build copies that page into
 * the processor's jar, so the help a code-scanning dashboard shows is the page the repository
 * keeps in step with {@link Rule} (one text, never two that drift apart).
 */
final class RuleHelp {

  /** Where the build puts {@code docs/rules.md} (processor/pom.xml). */
  static final String RESOURCE = "/dev/crosscheck/processor/report/rules.md";

  /** A row of a rule table: {@code | CORS006 | E | what it checks | the choice and its reason |}. */
  private static final Pattern ROW = Pattern.compile("^\\| (CORS\\d{3}) \\|[^|]*\\|([^|]*)\\|([^|]*)\\|$", Pattern.MULTILINE);

  /** One rule's help: what it checks, and the reason for the choice where the page gives one. */
  record Help(String checks, String reason) {
    String markdown() {
      return reason.isEmpty() ? checks : checks + ".\n\n" + reason;
    }

    String text() {
      return markdown().replace("`", "");
    }
  }

  private final Map<String, Help> byCode = new HashMap<>();

  private RuleHelp(String page) {
    Matcher row = ROW.matcher(page);
    while (row.find()) {
      byCode.put(row.group(1), new Help(row.group(2).strip(), row.group(3).strip()));
    }
  }

  static RuleHelp load() {
    try (InputStream in = RuleHelp.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the processor's jar: the build copies docs/rules.md there");
      }
      return new RuleHelp(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Optional<Help> of(Rule rule) {
    return Optional.ofNullable(byCode.get(rule.code()));
  }
}
