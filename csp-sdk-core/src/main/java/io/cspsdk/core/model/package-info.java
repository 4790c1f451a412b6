/**
 * The domain model: immutable value types with builders, read leniently and written exactly; open enums;
 * {@link io.cspsdk.core.model.Money}.
 */
package io.cspsdk.core.model;
