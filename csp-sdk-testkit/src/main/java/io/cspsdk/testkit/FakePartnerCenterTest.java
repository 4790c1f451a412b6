package io.cspsdk.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class against a {@link FakePartnerCenter}: test methods (and constructors, lifecycle methods) may
 * declare parameters of type {@link FakePartnerCenter}, {@link FakeClock} and
 * {@link io.cspsdk.core.PartnerCenterClient} (pre-wired to the fake and its clock). With the default
 * {@link Scope#PER_CLASS} one server serves the class and its state is reset before every test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(FakePartnerCenterExtension.class)
public @interface FakePartnerCenterTest {
  /** One server per class (state reset between tests) or a new server per test. */
  Scope scope() default Scope.PER_CLASS;

  /** Seed of the fake's ids. */
  long seed() default 42;

  /** Largest page the fake serves for seek-paged lists. */
  int maxPageSize() default 50;

  /** A classpath resource with a JSON scenario applied at start and after every reset ("" for none). */
  String scenario() default "";

  /**
   * Whether purchases need an accepted Microsoft Customer Agreement (13605 otherwise), as on Partner Center; set
   * false to opt out.
   */
  boolean requireCustomerAgreement() default true;

  /** The fake clock's start, an ISO-8601 instant ("" for 2026-01-05T09:00:00Z). */
  String start() default "";

  /** How long a server lives. */
  enum Scope { PER_CLASS, PER_TEST }
}
