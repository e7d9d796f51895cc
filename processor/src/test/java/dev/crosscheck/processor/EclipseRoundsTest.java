package dev.crosscheck.processor;

import javax.tools.JavaCompiler;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;

/** The same rounds on the Eclipse batch compiler, which models types it cannot resolve its own way. */
class EclipseRoundsTest extends RoundsTest {

  @Override
  JavaCompiler compiler() {
    return new EclipseCompiler();
  }

  @Override
  boolean resolvesLateConstantsInAnnotations() {
    return false;
  }
}
