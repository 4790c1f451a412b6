/**
 * A stateful fake Partner Center over real HTTP for tests: {@link io.cspsdk.testkit.FakePartnerCenter},
 * {@link io.cspsdk.testkit.FakeClock}, seeding ({@link io.cspsdk.testkit.Seeder}, {@link io.cspsdk.testkit.Scenario}),
 * fault rules ({@link io.cspsdk.testkit.Faults}), request assertions ({@link io.cspsdk.testkit.FakeAssertions}) and
 * the JUnit 5 extension ({@link io.cspsdk.testkit.FakePartnerCenterTest},
 * {@link io.cspsdk.testkit.FakePartnerCenterExtension}). Everything under {@code internal} may change.
 */
package io.cspsdk.testkit;
