package dev.crosscheck.bench.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * A processor for {@code @CrossOrigin} that writes one empty class, once: what javac costs any
 * processor that generates code (the round the new source starts, in which javac enters every
 * class again, and compiling it), the floor under what Crosscheck's processor can cost. Named with
 * {@code -processor}, never discovered.
 */
@SupportedAnnotationTypes("dev.crosscheck.CrossOrigin")
public final class TrivialGeneratingProcessor extends AbstractProcessor {

  private boolean written;

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (!written && !annotations.isEmpty()) {
      written = true;
      try (Writer source = processingEnv.getFiler().createSourceFile("dev.crosscheck.bench.build.Trivial").openWriter()) {
        source.write("package dev.crosscheck.bench.build;\n\nfinal class Trivial {}\n");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return false;
  }
}
