package io.cspsdk.sync.users;

import java.util.Optional;

/** One attribute a step changes, from what to what. */
public record AttributeChange(String attribute, Optional<String> from, Optional<String> to) {}
