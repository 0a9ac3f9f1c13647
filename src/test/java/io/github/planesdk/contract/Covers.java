package io.github.planesdk.contract;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The spec operations (by operationId) a contract test calls and checks: documentation for the
 * reader. The coverage gate does not read it; it counts the requests the mock served.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Covers {
  String[] value();
}
