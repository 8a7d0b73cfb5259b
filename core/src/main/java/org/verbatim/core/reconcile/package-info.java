/**
 * Reconciliation of coders' layers on a document: finding where coders disagree (a pure function of
 * their codings), settling each disagreement by a recorded, revisable decision that writes the
 * consensus layer with provenance, and per-document agreement before and after discussion.
 */
@NullMarked
package org.verbatim.core.reconcile;

import org.jspecify.annotations.NullMarked;
