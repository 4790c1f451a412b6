package io.cspsdk.sync.twotier;

import java.util.List;

/**
 * Where reseller-side changes come from: the reseller's own system pushing events ({@link PushedEvents}), or
 * Partner Center as the distributor sees it ({@link PartnerCenterSource}). {@link #events()} may repeat events
 * or deliver them out of order; {@link #snapshot()} is the full current state for a re-sync.
 */
public interface MirrorSource {
  /** For reports. */
  String name();

  /** The events not yet handed out (at least once; duplicates and reordering allowed). */
  List<MirrorEvent> events();

  /** The source's full current state. */
  SourceSnapshot snapshot();
}
