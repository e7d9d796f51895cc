package dev.crosscheck.processor.generate;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * A generated source whose long text constants are written beside JavaPoet rather than through
 * it. JavaPoet lays out every character it emits (indentation, line wrapping), which for the
 * route table of 13,000 resource methods was a tenth of the processor's time; here JavaPoet emits
 * a short placeholder where each constant goes, and the constant's text, indented as JavaPoet
 * would have indented it, replaces the placeholder as the source is written. The source is the
 * same to the byte (the golden tests compare it).
 */
public final class SplicedSource {

  /**
   * Marks a placeholder. NUL can occur nowhere else in a generated source: JavaPoet escapes it in
   * string literals, and no name or comment of the compilation can hold it.
   */
  private static final char MARK = '\0';

  private final List<String> texts = new ArrayList<>();
  private JavaFile file;

  /**
   * A placeholder for {@code text}, to emit with {@code $L} in a field initializer of the
   * top-level class, where its continuation lines are indented by {@code indent}.
   *
   * @param lines the constant's lines as Java expressions, the first unindented, each next one
   *     starting a new line
   */
  CodeBlock placeholder(List<String> lines, String indent) {
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      if (text.length() > 0) {
        text.append('\n').append(indent);
      }
      text.append(line);
    }
    texts.add(text.toString());
    return CodeBlock.of("$L", MARK + Integer.toString(texts.size() - 1) + MARK);
  }

  SplicedSource of(JavaFile file) {
    this.file = file;
    return this;
  }

  /** A source with nothing to splice. */
  static SplicedSource plain(JavaFile file) {
    return new SplicedSource().of(file);
  }

  public void writeTo(Writer writer) throws IOException {
    String laidOut = file.toString();
    int from = 0;
    for (int mark = laidOut.indexOf(MARK); mark >= 0; mark = laidOut.indexOf(MARK, from)) {
      int end = laidOut.indexOf(MARK, mark + 1);
      writer.write(laidOut, from, mark - from);
      writer.write(texts.get(Integer.parseInt(laidOut, mark + 1, end, 10)));
      from = end + 1;
    }
    writer.write(laidOut, from, laidOut.length() - from);
  }
}
