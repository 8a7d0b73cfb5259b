package org.verbatim.core.interchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.Validator;
import org.verbatim.core.model.InvalidInputException;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** Validates an XML document against a schema file (the official REFI-QDA XSDs). */
final class SchemaCheck {
  private final Schema schema;
  private final Path file;

  /**
   * @throws InvalidInputException naming the file when it is not a readable XML Schema
   */
  SchemaCheck(Path file) {
    this.file = file;
    if (!Files.isRegularFile(file)) {
      throw new InvalidInputException(file + ": no such schema file");
    }
    try {
      this.schema = SecureXml.schemaFactory().newSchema(file.toFile());
    } catch (SAXException e) {
      throw new InvalidInputException(
          file + ": not a usable XML Schema (" + e.getMessage() + ")", e);
    }
  }

  /**
   * @param label names the document in the message
   * @throws InvalidInputException naming the line and the schema's complaint when it is invalid
   */
  void validate(byte[] xml, String label) {
    Validator v = schema.newValidator();
    try {
      v.setProperty(javax.xml.XMLConstants.ACCESS_EXTERNAL_DTD, "");
      v.setProperty(javax.xml.XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      v.validate(new StreamSource(new ByteArrayInputStream(xml)));
    } catch (SAXParseException e) {
      throw new InvalidInputException(
          label
              + " line "
              + e.getLineNumber()
              + ": does not validate against "
              + file.getFileName()
              + " ("
              + e.getMessage()
              + ")",
          e);
    } catch (SAXException | IOException e) {
      throw new InvalidInputException(
          label + ": does not validate against " + file.getFileName() + " (" + e.getMessage() + ")",
          e);
    }
  }
}
