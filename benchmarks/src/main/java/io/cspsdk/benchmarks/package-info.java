/** JMH benchmarks. */
package io.cspsdk.benchmarks;
