/**
 * What resource classes are annotated with: {@code @CrossOrigin}, {@code @NoCrossOrigin}, and
 * {@code OriginSource}, which a policy may read its origins from. No dependencies.
 */
module dev.crosscheck.annotations {
  exports dev.crosscheck;
}
