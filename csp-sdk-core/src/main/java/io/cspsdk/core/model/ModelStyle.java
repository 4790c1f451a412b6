package io.cspsdk.core.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of every csp-sdk value type: accessors without {@code get}, generated {@code Immutable*}
 * classes package-private (only the abstract type and its builder are API), JDK collections, no nulls in
 * collections, {@code toBuilder()} via {@code from(...)}.
 *
 * <p>Usage:
 * <pre>{@code
 * @Value.Immutable @ModelStyle
 * @JsonSerialize(as = ImmutableAddress.class) @JsonDeserialize(as = ImmutableAddress.class)
 * public abstract class Address {
 *   public abstract Optional<String> city();
 *   public static Builder builder() { return new Builder(); }
 *   public Builder toBuilder() { return builder().from(this); }
 *   public static final class Builder extends ImmutableAddress.Builder {}
 * }
 * }</pre>
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"is*", "get*"},
    init = "*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    redactedMask = "****",
    // no @Generated on generated classes: its CLASS-retention annotation type is compile-only here, and a
    // consumer compiling against our jars would get "Cannot find annotation method 'from()'" warnings
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = false))
public @interface ModelStyle {}
