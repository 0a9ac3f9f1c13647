package io.github.planesdk.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The spec's {@code minimum} and {@code maximum} of an integer query parameter, put on the
 * generated parameter by the {@code queryParams} template and checked before sending: the
 * bounds differ per list ({@code per_page} is 1 to 1000 on most v1 lists, 1 to 100 on the
 * {@code *-lite} ones, 1 to 200 in v2), so they come from the spec, not from the SDK's code.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Range {
  long min() default Long.MIN_VALUE;

  long max() default Long.MAX_VALUE;
}
