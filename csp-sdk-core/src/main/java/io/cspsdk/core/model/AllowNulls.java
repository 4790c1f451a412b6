package io.cspsdk.core.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a map attribute whose values may be JSON null (Immutables recognises the name). */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.CLASS)
@interface AllowNulls {}
