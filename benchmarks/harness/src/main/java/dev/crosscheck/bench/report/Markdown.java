package dev.crosscheck.bench.report;

import static dev.crosscheck.bench.report.Units.number;
import static dev.crosscheck.bench.report.Units.size;
import static dev.crosscheck.bench.report.Units.time;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import dev.crosscheck.bench.subject.Case;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * BENCHMARKS.md: the template {@code BENCHMARKS.md.mustache} holds the prose, the sections here
 * compute what it reads from one run's results.
 */
final class Markdown {

  private static final String TEMPLATE = "dev/crosscheck/bench/report/BENCHMARKS.md.mustache";

  private Markdown() {}

  static String render(Report report, String chartLink) {
    StringWriter out = new StringWriter();
    template().execute(out, scope(report, chartLink));
    return out.toString();
  }

  private static Mustache template() {
    // Markdown, not HTML: the factory's HTML escaping would turn every backtick and quote into an entity.
    DefaultMustacheFactory factory = new DefaultMustacheFactory() {
      @Override
      public void encode(String value, Writer writer) {
        try {
          writer.write(value);
        } catch (IOException e) {
          throw new MustacheException("cannot write the report", e);
        }
      }
    };
    return factory.compile(TEMPLATE);
  }

  private static Map<String, Object> scope(Report report, String chartLink) {
    ResultsFile results = report.results;
    Map<String, Object> scope = new HashMap<>();
    scope.put("quick", report.quick());
    scope.put("versions", results.versions());
    scope.put("chartLink", chartLink);
    scope.put("date", results.generated().substring(0, 10));
    scope.put("commit", results.commit());
    ResultsFile.Machine machine = results.machine();
    scope.put("machine", Map.of("cpu", machine.cpu(), "cores", number(machine.cores()), "os", machine.os(),
        "java", machine.java(), "memoryGiB", machine.memoryGiB() == null ? false : machine.memoryGiB().toString()));
    scope.put("time", atMainScale(report, false));
    scope.put("bytes", atMainScale(report, true));
    scope.put("mainScale", number(report.mainScale));
    boolean scales = !report.scales.isEmpty();
    scope.put("jmh", report.hasJmh() ? PerRequestSection.scope(report) : null);
    scope.put("findings", report.hasJmh() && scales ? FindingsSection.scope(report) : null);
    scope.put("dispatch", scales ? DispatchSection.scope(report) : null);
    scope.put("endToEnd", results.endToEnd() == null ? null : EndToEndSection.scope(results.endToEnd(), report));
    scope.put("buildCost", results.buildCost() == null ? null
        : BuildCostSection.scope(results.buildCost(), report.buildCostBefore));
    scope.put("startup", results.startup() == null ? null : StartupSection.scope(results.startup()));
    scope.put("sources", results.sources() == null ? null : SourcesSection.scope(results.sources()));
    ResultsFile.Settings settings = results.jmh() == null ? null : results.jmh().settings();
    scope.put("settings", settings == null ? null : Map.of(
        "jmhVersion", settings.jmhVersion(), "forks", number(settings.forks()),
        "warmupIterations", number(settings.warmupIterations()), "warmupTime", settings.warmupTime(),
        "measurementIterations", number(settings.measurementIterations()),
        "measurementTime", settings.measurementTime(), "jdkVersion", settings.jdkVersion(),
        "jvmArgs", String.valueOf(settings.jvmArgs())));
    return scope;
  }

  /** A table row: its label, its cells, and whatever else the template reads from it. */
  static Map<String, Object> row(String label, List<String> cells, Object... more) {
    Map<String, Object> row = new HashMap<>();
    row.put("label", label);
    row.put("cells", cells);
    for (int i = 0; i < more.length; i += 2) {
      row.put((String) more[i], more[i + 1]);
    }
    return row;
  }

  /** Implementation, then case name, to the time or allocation at the main table size, as the prose quotes them. */
  private static Map<String, Map<String, String>> atMainScale(Report report, boolean allocation) {
    Map<String, Map<String, String>> values = new HashMap<>();
    for (String implementation : Report.PEERS) {
      Map<String, String> byCase = new HashMap<>();
      for (Case c : Case.values()) {
        byCase.put(c.name(), allocation
            ? size(report.bytes(implementation, c, report.mainScale))
            : time(report.ns(implementation, c, report.mainScale)));
      }
      values.put(implementation, byCase);
    }
    return values;
  }
}
