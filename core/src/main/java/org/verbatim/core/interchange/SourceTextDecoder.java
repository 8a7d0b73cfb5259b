package org.verbatim.core.interchange;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.verbatim.core.model.InvalidInputException;

/**
 * Decodes a source's plain-text file: UTF-8 (the standard's encoding) with or without BOM, or
 * UTF-16 with a BOM; the BOM is dropped, since no tool counts it in positions.
 */
final class SourceTextDecoder {
  private SourceTextDecoder() {}

  /**
   * @throws InvalidInputException naming {@code label} when the bytes are not valid text
   */
  static String decode(byte[] bytes, String label) {
    Charset charset = StandardCharsets.UTF_8;
    int skip = 0;
    if (bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      skip = 3;
    } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      charset = StandardCharsets.UTF_16BE;
      skip = 2;
    } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      charset = StandardCharsets.UTF_16LE;
      skip = 2;
    }
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
          .toString();
    } catch (CharacterCodingException e) {
      throw new InvalidInputException(label + ": not valid " + charset.name() + " text", e);
    }
  }
}
