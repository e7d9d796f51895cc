package dev.crosscheck.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosscheck.bench.subject.Case;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/** BENCHMARKS.md and the chart from the committed results, and the template's alternatives. */
class RenderTest {

  private static final Path BENCHMARKS = Path.of("..");
  /** A bar's label: the time, then how much slower than the fastest, or "fastest". */
  private static final Pattern BAR_LABEL = Pattern.compile(">(\\d[\\d,]*(?:\\.\\d+)?) (ns|µs|ms) \\((?:fastest|[\\d,.]+×)\\)<");

  @Test
  void theCommittedReportIsWhatTheCommittedResultsRenderTo() throws Exception {
    Report report = Report.load(BENCHMARKS.resolve("results/results.json"));
    assertThat(Markdown.render(report, "results/chart.svg"))
        .isEqualTo(Files.readString(BENCHMARKS.resolve("BENCHMARKS.md")));
  }

  @Test
  void theChartShowsEveryNumberItIsDrawnFrom() throws Exception {
    Report report = Report.load(BENCHMARKS.resolve("results/results.json"));
    String svg = Chart.svg(report);
    DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
    xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false); // offline
    Element root = xml.newDocumentBuilder().parse(new InputSource(new StringReader(svg))).getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("svg");
    assertThat(root.getAttribute("width")).isEqualTo("1000");
    // The bars' labels, "27 ns (6.02×)", "4.5 ns (fastest)", read back as numbers with the precision shown.
    List<double[]> labels = new ArrayList<>();
    Matcher label = BAR_LABEL.matcher(svg);
    while (label.find()) {
      String number = label.group(1).replace(",", "");
      int decimals = number.contains(".") ? number.length() - number.indexOf('.') - 1 : 0;
      double unit = switch (label.group(2)) {
        case "ns" -> 1;
        case "µs" -> 1_000;
        default -> 1_000_000;
      };
      labels.add(new double[] {Double.parseDouble(number) * unit, 0.5 * Math.pow(10, -decimals) * unit});
    }
    // The numbers, read from results.json without the report's code: every case but the hostile
    // paths' (they have a section of their own), Crosscheck and Spring at the main size (1,000
    // paths), RESTEasy at the one size it is measured at.
    int drawn = 0;
    for (JsonNode row : ResultsFile.JSON.readTree(BENCHMARKS.resolve("results/results.json").toFile()).path("jmh").path("results")) {
      String implementation = row.path("implementation").asText();
      boolean mainTable = implementation.equals("resteasy")
          || (implementation.equals("crosscheck") || implementation.equals("spring")) && row.path("paths").asInt() == 1000;
      if (!mainTable || row.path("case").asText().startsWith("HOSTILE_")) {
        continue;
      }
      double ns = row.path("nsPerOp").asDouble();
      drawn++;
      assertThat(labels).as("a bar for %s %s: %s ns", implementation, row.path("case").asText(), ns)
          .anyMatch(l -> Math.abs(l[0] - ns) <= l[1] + 1e-9);
    }
    assertThat(drawn).as("results the chart is drawn from").isEqualTo(3 * 8);
    assertThat(labels).as("bars").hasSize(drawn);
    ResultsFile.BuildCost build = ResultsFile.read(BENCHMARKS.resolve("results/results.json")).buildCost();
    assertThat(svg).contains("13,851 req/s", Units.number(build.median(ResultsFile.BuildCost.WITH)) + " ms");
    assertThat(Chart.svg(report)).as("the same results, the same file").isEqualTo(svg);
  }

  @Test
  void aCaseSpringWinsIsListedAndFlaggedAsUnexplained() throws Exception {
    ResultsFile committed = ResultsFile.read(BENCHMARKS.resolve("results/results.json"));
    List<ResultsFile.Row> rows = new ArrayList<>();
    for (ResultsFile.Row r : committed.jmh().results()) {
      boolean springNoOrigin = r.implementation().equals("spring") && r.request() == Case.NO_ORIGIN && r.paths() == 1000;
      rows.add(springNoOrigin ? new ResultsFile.Row(r.implementation(), r.request(), r.paths(), 1.0, null, null, null,
          null, List.of(), r.bytesPerOp(), r.benchmark()) : r);
    }
    ResultsFile changed = new ResultsFile(committed.schema(), committed.generated(), "quick", null, committed.machine(),
        committed.versions(), new ResultsFile.Jmh(committed.jmh().settings(), rows), null, null, null, null);

    String markdown = Markdown.render(new Report(changed, null, null), "chart.svg");

    assertThat(markdown)
        .contains("> **Quick mode**")
        .contains("- **no Origin**: Spring 1.0 ns, Crosscheck 27 ns (27×). Spring is faster here; no explanation")
        .contains("it is faster than Spring in 7.")
        .contains("Spring is faster than Crosscheck in: no Origin at 1,000 paths (Spring 1.0 ns, Crosscheck 27 ns).")
        .contains("## End to end\n\nNot run (no `wrk`).\n")
        .contains("(No earlier run in `results/before-runtime-dispatch.json`: the before columns are empty.)")
        .doesNotContain("## Build cost", "Crosscheck at commit", "RESTEasy returns as soon as it sees no `Origin`");
  }
}
