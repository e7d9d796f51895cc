package dev.crosscheck.runtime.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The table of codes in docs/rules.md lists every rule, with its severity, and nothing else. */
class RulesDocumentationTest {

  private static final Pattern ROW = Pattern.compile("^\\| (CORS\\d{3}) \\| ([EW])\\b", Pattern.MULTILINE);

  @Test
  void everyRuleIsDocumentedWithItsSeverity() throws IOException {
    Path doc = Paths.get(System.getProperty("user.dir")).getParent().resolve("docs/rules.md");
    Map<String, String> documented = new TreeMap<>();
    Matcher row = ROW.matcher(Files.readString(doc));
    while (row.find()) {
      documented.put(row.group(1), row.group(2));
    }
    Map<String, String> rules = new TreeMap<>();
    for (Rule rule : Rule.values()) {
      rules.put(rule.code(), rule.severity() == Severity.ERROR ? "E" : "W");
    }
    assertThat(documented).isEqualTo(rules);
  }
}
