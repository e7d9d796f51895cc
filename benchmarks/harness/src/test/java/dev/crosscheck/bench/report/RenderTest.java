package dev.crosscheck.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.bench.subject.Case;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/** BENCHMARKS.md and the chart from the committed results, and the template's alternatives. */
class RenderTest {

  private static final Path BENCHMARKS = Path.of("..");

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
    for (Case c : Report.CASES) {
      for (String peer : Report.PEERS) {
        assertThat(svg).contains(Units.time(report.ns(peer, c, report.mainScale)));
      }
    }
    assertThat(svg).contains("13,851 req/s", "8,059 ms");
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
        committed.versions(), new ResultsFile.Jmh(committed.jmh().settings(), rows), null, null);

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
