package dev.crosscheck.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes BENCHMARKS.md and the chart from {@code results.json} alone, so both can be regenerated
 * without measuring again: {@code Render <results.json> <BENCHMARKS.md> <chart.svg>}.
 *
 * <p>Every number in the document comes from the results file; the prose around the numbers is
 * the template's, and the results choose among its alternatives: a case where Crosscheck is not
 * the fastest always gets a paragraph.
 */
public final class Render {

  private Render() {}

  public static void main(String[] args) throws IOException {
    Path markdown = Path.of(args[1]);
    Path chart = Path.of(args[2]);
    Report report = Report.load(Path.of(args[0]));
    Files.createDirectories(chart.toAbsolutePath().getParent());
    Files.writeString(chart, Chart.svg(report));
    String chartLink = markdown.toAbsolutePath().getParent().relativize(chart.toAbsolutePath()).toString().replace('\\', '/');
    Files.writeString(markdown, Markdown.render(report, chartLink));
    System.out.println("[render] wrote " + markdown + " and " + chart);
  }
}
