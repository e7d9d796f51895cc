package dev.crosscheck.bench.report;

import dev.crosscheck.bench.subject.Case;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.StringWriter;
import java.text.DecimalFormat;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGraphics2D;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.MinMaxCategoryRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.ui.VerticalAlignment;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.w3c.dom.Document;

/**
 * results/chart.svg: four JFreeChart plots drawn into one SVG by Batik: time per request by case,
 * growth with the table, requests per second end to end, and javac time.
 */
final class Chart {

  private static final int WIDTH = 1000;
  private static final int HEIGHT = 880;
  private static final Map<String, Color> COLORS = Map.of(
      "crosscheck", new Color(0x1b9e77), "resteasy", new Color(0xd95f02), "spring", new Color(0x7570b3),
      "none", new Color(0x999999), "noop-filter", new Color(0xbbbbbb));
  private static final Color GREY = new Color(0x999999);
  /** The lines of the growth plot: implementation, case, dash pattern (none: solid). */
  private static final List<GrowthLine> GROWTH = List.of(
      new GrowthLine("crosscheck", Case.NO_ORIGIN, "Crosscheck, no Origin ({id} path)", null),
      new GrowthLine("crosscheck", Case.ALLOWED_LITERAL_PATH, "Crosscheck, allowed, literal path", new float[] {4, 3}),
      new GrowthLine("crosscheck", Case.PREFLIGHT, "Crosscheck, preflight", new float[] {1, 3}),
      new GrowthLine("spring", Case.NO_ORIGIN, "Spring, no Origin", null),
      new GrowthLine("spring", Case.PREFLIGHT, "Spring, preflight", new float[] {1, 3}),
      new GrowthLine("resteasy", Case.ALLOWED, "RESTEasy, allowed (any path)", new float[] {4, 3}));

  private record GrowthLine(String implementation, Case c, String label, float[] dash) {}

  /** The text beside a bar, from its value and its place in the dataset. */
  private interface BarLabel {
    String of(double value, int row, int column);
  }

  private Chart() {}

  static String svg(Report report) throws IOException {
    SVGGraphics2D svg = new SVGGraphics2D(emptyDocument());
    svg.setSVGCanvasSize(new Dimension(WIDTH, HEIGHT));
    svg.setPaint(Color.WHITE);
    svg.fillRect(0, 0, WIDTH, HEIGHT);
    svg.setPaint(Color.DARK_GRAY);
    svg.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
    svg.drawString("Crosscheck beside RESTEasy CorsFilter and Spring DefaultCorsProcessor"
        + (report.quick() ? " (QUICK MODE: not real numbers)" : ""), 20, 30);
    if (report.hasJmh()) {
      cases(report).draw(svg, new Rectangle2D.Double(10, 45, 980, 450));
      if (report.scales.size() >= 2) {
        growth(report).draw(svg, new Rectangle2D.Double(10, 505, 500, 365));
      }
    }
    endToEnd(report.results.endToEnd()).draw(svg, new Rectangle2D.Double(520, 505, 470, 185));
    if (report.results.buildCost() != null) {
      buildCost(report.results.buildCost()).draw(svg, new Rectangle2D.Double(520, 700, 470, 170));
    }
    StringWriter out = new StringWriter();
    svg.stream(svg.getRoot(), out, true, false);
    return out.toString();
  }

  /** The DOM Batik builds the SVG in; the JDK's will do, the SVG namespace is Batik's to set. */
  private static Document emptyDocument() {
    try {
      return DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK has no XML document builder", e);
    }
  }

  private static JFreeChart cases(Report report) {
    int main = report.mainScale;
    DefaultCategoryDataset times = new DefaultCategoryDataset();
    double slowest = 10;
    for (Case c : Report.CASES) {
      for (String peer : Report.PEERS) {
        double ns = report.ns(peer, c, main);
        times.addValue(ns, Names.implementation(peer)
            + (peer.equals("resteasy") ? " (measured once: ignores the path)" : ""), Names.shortLabel(c));
        slowest = Double.isNaN(ns) ? slowest : Math.max(slowest, ns);
      }
    }
    BarRenderer renderer = new BarRenderer();
    for (int i = 0; i < Report.PEERS.size(); i++) {
      renderer.setSeriesPaint(i, COLORS.get(Report.PEERS.get(i)));
    }
    renderer.setBase(1); // a log axis has no zero to start the bars from
    LogAxis axis = logAxis(null, TIME);
    // From 1 ns to the decade above the slowest, and half a decade more for the labels beside the bars.
    axis.setRange(1, Math.pow(10, Math.ceil(Math.log10(slowest)) + 0.5));
    return bars("Time per request at " + Units.number(main) + " annotated paths (log scale; lower is better)",
        times, axis, renderer, (ns, row, column) -> {
          Case c = Report.CASES.get(column);
          String best = report.fastest(c, main);
          return Units.time(ns) + (Report.PEERS.get(row).equals(best) ? " (fastest)"
              : " (" + Units.ratio(ns / report.ns(best, c, main)) + ")");
        });
  }

  private static JFreeChart growth(Report report) {
    XYSeriesCollection lines = new XYSeriesCollection();
    for (GrowthLine line : GROWTH) {
      XYSeries series = new XYSeries(line.label());
      for (int scale : report.scales) {
        double ns = report.ns(line.implementation(), line.c(), scale);
        if (!Double.isNaN(ns)) {
          series.add(scale, ns);
        }
      }
      lines.addSeries(series);
    }
    JFreeChart chart = ChartFactory.createXYLineChart("Growth with annotated paths (log-log)", null, null, lines);
    style(chart);
    XYPlot plot = chart.getXYPlot();
    plot.setDomainAxis(logAxis("annotated resource paths", new DecimalFormat("#,##0")));
    plot.setRangeAxis(logAxis(null, TIME));
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
    for (int i = 0; i < GROWTH.size(); i++) {
      GrowthLine line = GROWTH.get(i);
      renderer.setSeriesPaint(i, COLORS.get(line.implementation()));
      renderer.setSeriesStroke(i, line.dash() == null ? new BasicStroke(2)
          : new BasicStroke(2, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, line.dash(), 0));
    }
    plot.setRenderer(renderer);
    return chart;
  }

  private static JFreeChart endToEnd(ResultsFile.EndToEnd e2e) {
    DefaultCategoryDataset medians = new DefaultCategoryDataset();
    DefaultCategoryDataset runs = new DefaultCategoryDataset();
    List<String> variants = e2e == null ? List.of() : List.copyOf(e2e.summary().keySet());
    if (e2e != null) {
      e2e.summary().forEach((variant, summary) -> {
        medians.addValue(summary.requestsPerSecondMedian(), "median", Names.implementation(variant));
        List<Double> values = summary.requestsPerSecondRuns();
        for (int i = 0; i < values.size(); i++) {
          runs.addValue(values.get(i), "run " + (i + 1), Names.implementation(variant));
        }
      });
    }
    JFreeChart chart = bars("Requests/s end to end (notes API, Jersey, wrk)", medians,
        new NumberAxis(), paintByColumn(column -> COLORS.getOrDefault(variants.get(column), GREY)),
        (rps, row, column) -> Units.number(rps) + " req/s");
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setNoDataMessage("not run (wrk not installed)");
    // Inside the bars: beside them, the labels would cover the marks of the fastest runs.
    plot.getRenderer().setDefaultPositiveItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.INSIDE9, TextAnchor.CENTER_LEFT));
    // Every run as a mark, joined from the slowest to the fastest: the spread the medians hide.
    MinMaxCategoryRenderer spread = new MinMaxCategoryRenderer();
    spread.setDrawLines(false);
    spread.setGroupPaint(Color.DARK_GRAY);
    plot.setDataset(1, runs);
    plot.setRenderer(1, spread);
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD); // the marks over the bars
    chart.removeLegend();
    chart.addSubtitle(new TextTitle("bars: median of the rounds; marks: every run, slowest to fastest",
        new Font(Font.SANS_SERIF, Font.PLAIN, 10), Color.DARK_GRAY, RectangleEdge.BOTTOM,
        HorizontalAlignment.LEFT, VerticalAlignment.CENTER, RectangleInsets.ZERO_INSETS));
    return chart;
  }

  private static JFreeChart buildCost(ResultsFile.BuildCost build) {
    DefaultCategoryDataset medians = new DefaultCategoryDataset();
    build.medianMillis().forEach((variant, ms) ->
        medians.addValue(ms, "median", variant.replace(" (-proc:none)", "").replace(" (-proc:only)", "")));
    // The first variant, javac without the processor, is the baseline the others add to.
    JFreeChart chart = bars("javac, " + Units.number(build.classes()) + " resource classes ("
        + Units.number(build.resourceMethods()) + " methods)", medians, new NumberAxis(),
        paintByColumn(column -> column == 0 ? GREY : COLORS.get("crosscheck")),
        (ms, row, column) -> Units.millis(ms));
    chart.removeLegend();
    return chart;
  }

  /** Horizontal bars with a label beside each bar. */
  private static JFreeChart bars(String title, CategoryDataset data, ValueAxis axis, BarRenderer renderer,
      BarLabel label) {
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setItemMargin(0.05);
    renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator() {
      @Override
      public String generateLabel(CategoryDataset dataset, int row, int column) {
        Number value = dataset.getValue(row, column);
        return value == null || Double.isNaN(value.doubleValue()) ? null : label.of(value.doubleValue(), row, column);
      }
    });
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
    renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
    axis.setUpperMargin(0.25); // room for the labels
    CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), axis, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    style(chart);
    return chart;
  }

  /** Bars coloured by their category rather than by their series. */
  private static BarRenderer paintByColumn(IntFunction<Paint> paint) {
    return new BarRenderer() {
      @Override
      public Paint getItemPaint(int row, int column) {
        return paint.apply(column);
      }
    };
  }

  private static void style(JFreeChart chart) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
    chart.getPlot().setBackgroundPaint(Color.WHITE);
    chart.getPlot().setOutlineVisible(false);
    if (chart.getLegend() != null) {
      // The default is the JDK's logical "Dialog", which a browser does not know and draws with serifs.
      chart.getLegend().setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    }
    if (chart.getPlot() instanceof CategoryPlot plot) {
      plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    } else if (chart.getPlot() instanceof XYPlot plot) {
      plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
      plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
    }
  }

  /** A decade per tick. */
  private static LogAxis logAxis(String label, NumberFormat format) {
    LogAxis axis = new LogAxis(label);
    axis.setTickUnit(new NumberTickUnit(1));
    axis.setNumberFormatOverride(format);
    axis.setMinorTickMarksVisible(false);
    return axis;
  }

  /** Nanoseconds as the report writes them: 10 ns, 1.00 µs, 14.17 ms. */
  private static final NumberFormat TIME = new NumberFormat() {
    @Override
    public StringBuffer format(double ns, StringBuffer out, FieldPosition position) {
      return out.append(Units.time(ns));
    }

    @Override
    public StringBuffer format(long ns, StringBuffer out, FieldPosition position) {
      return out.append(Units.time(ns));
    }

    @Override
    public Number parse(String text, ParsePosition position) {
      throw new UnsupportedOperationException("an axis only formats");
    }
  };
}
