/**
 * The charge engine: a subscription timeline in, Microsoft's charge lines out (new commerce and legacy rules,
 * rounding presets). Entry points: {@code ChargeEngine}, {@link io.cspsdk.billing.charges.ChargeLine}.
 */
package io.cspsdk.billing.charges;
