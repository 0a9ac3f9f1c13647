package io.github.planesdk.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The values the spec allows in a list query parameter (the enum of its items), put on the
 * generated parameter by the {@code queryParams} template and checked before sending.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface AllowedValues {
  String[] value();
}
