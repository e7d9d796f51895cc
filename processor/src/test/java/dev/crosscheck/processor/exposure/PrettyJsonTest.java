package dev.crosscheck.processor.exposure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The exposure report's JSON keeps the layout it had when Jackson's pretty printer wrote it, which
 * reviewers diff and lock files were written in: compared here with that printer, on values the
 * goldens do not have (escapes, empty and nested containers).
 */
class PrettyJsonTest {

  @Test
  void writesWhatJacksonsPrettyPrinterWrote() throws Exception {
    Map<String, Object> endpoint = new LinkedHashMap<>();
    endpoint.put("method", "GET");
    endpoint.put("path", "/a \"quoted\" \\ path/{id: \\d+}");
    endpoint.put("control", "tab\there, line\nbreak, return\r, bell\u0007, form\f, back\b, delete\u007f");
    endpoint.put("unicode", "caf\u00e9 \u2603 \ud83d\ude00");
    endpoint.put("open", true);
    endpoint.put("maxAge", 600L);
    endpoint.put("origins", List.of("https://app.example.com", "https://admin.example.com"));
    endpoint.put("none", List.of());
    endpoint.put("from", Map.of("origins", "class com.example.NotesResource"));
    endpoint.put("nothing", Map.of());
    endpoint.put("absent", null);
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("schema", "crosscheck-exposure");
    document.put("version", 1);
    document.put("endpoints", List.of(endpoint, Map.of("method", "PUT")));

    DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
    String jackson = new ObjectMapper().writer(printer).writeValueAsString(document) + "\n";

    assertThat(PrettyJson.of(document)).isEqualTo(jackson);
  }
}
