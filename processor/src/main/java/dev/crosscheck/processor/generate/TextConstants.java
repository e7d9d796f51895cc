package dev.crosscheck.processor.generate;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/** Long text in a generated class, as string constants a class file can hold. */
final class TextConstants {

  /** At most this many bytes of a class file's string constant (65,535). */
  private static final int MAX_CONSTANT_BYTES = 60_000;

  private TextConstants() {}

  /**
   * Constants {@code NAME_0}, {@code NAME_1}, ... holding the lines, each a string concatenation
   * that javac folds into one constant, split before a class file's limit of 65,535 bytes a
   * constant: between lines, and inside a line only if it alone is longer. Returns the constants'
   * names, comma separated, which the runtime joins again.
   */
  static CodeBlock add(TypeSpec.Builder type, SplicedSource source, String name, List<String> lines) {
    List<String> pieces = new ArrayList<>();
    for (String line : lines) {
      // A modified UTF-8 character takes at most 3 bytes.
      for (int start = 0; start < line.length(); start += MAX_CONSTANT_BYTES / 3) {
        pieces.add(line.substring(start, Math.min(line.length(), start + MAX_CONSTANT_BYTES / 3)));
      }
    }
    List<List<String>> chunks = new ArrayList<>();
    List<String> chunk = new ArrayList<>();
    int bytes = 0;
    for (String line : pieces) {
      int size = classFileBytes(line);
      if (!chunk.isEmpty() && bytes + size > MAX_CONSTANT_BYTES) {
        chunks.add(chunk);
        chunk = new ArrayList<>();
        bytes = 0;
      }
      chunk.add(line);
      bytes += size;
    }
    chunks.add(chunk);
    List<CodeBlock> names = new ArrayList<>();
    for (int i = 0; i < chunks.size(); i++) {
      List<String> text = new ArrayList<>();
      text.add("\"\"");
      for (String line : chunks.get(i)) {
        StringBuilder literal = new StringBuilder("+ ");
        appendLiteral(line, literal);
        text.add(literal.toString());
      }
      // A field of the top-level class (one level), continued two levels deeper: as JavaPoet would.
      type.addField(FieldSpec.builder(String.class, name + "_" + i, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .initializer(source.placeholder(text, "      ")).build());
      names.add(CodeBlock.of("$N", name + "_" + i));
    }
    return CodeBlock.join(names, ", ");
  }

  /**
   * The string as a Java literal in ASCII, whatever the compilation's source encoding: octal
   * escapes for control characters (a Unicode escape of a line break would end the literal, as
   * javac reads those first), Unicode escapes above ASCII. Written here rather than by
   * JavaPoet's {@code $S}, which takes a third of the processor's time on a table of 13,000 routes.
   */
  static void appendLiteral(String s, StringBuilder into) {
    into.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> into.append("\\\"");
        case '\\' -> into.append("\\\\");
        case '\t' -> into.append("\\t");
        case '\n' -> into.append("\\n");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            into.append(String.format("\\%03o", (int) c));
          } else if (c > 0x7e) {
            into.append(String.format("\\u%04x", (int) c));
          } else {
            into.append(c);
          }
        }
      }
    }
    into.append('"');
  }

  /** The length of the string in a class file's modified UTF-8. */
  private static int classFileBytes(String s) {
    int bytes = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      bytes += c != 0 && c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    }
    return bytes;
  }
}
