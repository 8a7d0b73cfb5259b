/**
 * REFI-QDA project ({@code .qdpx}) and codebook ({@code .qdc}) import and export. {@link
 * org.verbatim.core.interchange.ProjectInterchange} is the entry point. Reading goes through {@code
 * SafeZip} (no entry outside the package, size and inflation limits) and {@code SecureXml} (no
 * DTDs, so no external entities or entity expansion), then {@code ProjectXmlReader} checks every
 * GUID and reference and converts every selection, by the position convention detected per source
 * ({@code PositionConvention}), through Verbatim's text normalisation ({@code NormalisedText}) to a
 * UTF-16 range of the stored text; {@code ProjectWriter} stores the result in one transaction.
 * Writing converts UTF-16 offsets to code points in {@code CodePointOffsets}, the one place that
 * does so, and can validate against the official XSD before anything is written.
 */
@NullMarked
package org.verbatim.core.interchange;

import org.jspecify.annotations.NullMarked;
