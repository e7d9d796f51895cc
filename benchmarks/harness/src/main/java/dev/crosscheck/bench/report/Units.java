package dev.crosscheck.bench.report;

import java.util.Locale;

/**
 * Numbers as BENCHMARKS.md and the chart print them: about three significant digits, the unit
 * chosen by size, "n/a" for what a run did not measure. Locale.ROOT, so that a report written on
 * a German machine has the same decimal points as the committed one.
 */
final class Units {

  private Units() {}

  static String time(double ns) {
    if (Double.isNaN(ns)) {
      return "n/a";
    }
    if (ns >= 1_000_000) {
      return format("%.2f ms", ns / 1_000_000);
    }
    if (ns >= 1_000) {
      return format(ns >= 10_000 ? "%.1f µs" : "%.2f µs", ns / 1000);
    }
    return format(ns >= 10 ? "%.0f ns" : "%.1f ns", ns);
  }

  static String size(double bytes) {
    if (Double.isNaN(bytes)) {
      return "n/a";
    }
    if (bytes >= 1024 * 1024) {
      return format("%.1f MiB", bytes / (1024 * 1024));
    }
    if (bytes >= 1024) {
      return format(bytes >= 10 * 1024 ? "%.0f KiB" : "%.1f KiB", bytes / 1024);
    }
    return format("%.0f B", bytes);
  }

  static String ratio(double r) {
    if (Double.isNaN(r)) {
      return "n/a";
    }
    return format(r >= 100 ? "%,.0f×" : r >= 10 ? "%.0f×" : "%.2f×", r);
  }

  /** A count or a rounded quantity with thousands separators: 10,000. */
  static String number(double v) {
    return format("%,.0f", v);
  }

  static String millis(double ms) {
    return format("%,.0f ms", ms);
  }

  static String format(String pattern, Object... values) {
    return String.format(Locale.ROOT, pattern, values);
  }
}
