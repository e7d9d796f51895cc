package dev.crosscheck.runtime.internal.rules;

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

/** The tables of docs/rules.md list every rule, with its severity and its CWE, and nothing else. */
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

  private static final Pattern WEAKNESS_ROW = Pattern.compile("^\\| \\[(CWE-\\d+)\\].*\\| ((?:CORS\\d{3}(?:, )?)+) \\|$", Pattern.MULTILINE);

  @Test
  void theWeaknessTableTagsExactlyTheRulesThatNameACwe() throws IOException {
    Path doc = Paths.get(System.getProperty("user.dir")).getParent().resolve("docs/rules.md");
    Map<String, String> documented = new TreeMap<>();
    Matcher row = WEAKNESS_ROW.matcher(Files.readString(doc));
    while (row.find()) {
      for (String code : row.group(2).split(", ")) {
        documented.put(code, row.group(1));
      }
    }
    Map<String, String> rules = new TreeMap<>();
    for (Rule rule : Rule.values()) {
      rule.weakness().ifPresent(cwe -> rules.put(rule.code(), cwe));
    }
    assertThat(documented).isNotEmpty().isEqualTo(rules);
  }
}
