package org.verbatim.core.model;

import java.time.Instant;

/**
 * One recorded review of a theme: its status moved from {@code from} to {@code to}, by whom, when
 * and why ({@code comment}, possibly empty). Reviews are kept even when the status change is
 * undone, so the path to consensus can be reported.
 */
public record ThemeReview(
    ThemeId theme, ThemeStatus from, ThemeStatus to, String actor, Instant at, String comment) {}
