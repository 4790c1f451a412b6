package io.cspsdk.sync.twotier;

/** The distributor's own records it may attach to a mirrored account or subscription. */
public enum AttachmentKind {
  NOTE, CONTACT, EMAIL, TASK, EVENT, DOCUMENT, CASE, INVOICE
}
